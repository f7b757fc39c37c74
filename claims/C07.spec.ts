import { claimSpec } from './harness.js';

claimSpec('C07');
