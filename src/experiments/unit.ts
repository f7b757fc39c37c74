/** A unit of work of a profile: what it is (its content-addressed description) and a name people can read. */
import type { UnitDescription } from './store.js';

export interface Unit {
  readonly label: string;
  readonly description: UnitDescription;
  /** Rough relative cost; the runner starts the costliest units first so short ones fill the gaps. */
  readonly cost: number;
  /** `training-length`: a super-net of the training-length curve, outside every claim (profiles.ts). */
  readonly role?: 'training-length';
}
