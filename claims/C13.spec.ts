import { claimSpec } from './harness.js';

claimSpec('C13');
