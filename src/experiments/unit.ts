/** A unit of work of a profile: what it is (its content-addressed description) and a name people can read. */
import type { UnitDescription } from './store.js';

export interface Unit {
  readonly label: string;
  readonly description: UnitDescription;
}
