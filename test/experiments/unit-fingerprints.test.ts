import { describe, expect, test } from 'vitest';
import { EXECUTORS } from '../../src/experiments/executors.js';
import { fingerprintOf, recordedFingerprints, UNIT_ENTRIES } from './unit-fingerprint.js';

/**
 * Recorded results (results/<profile>/) must not go stale silently: when the code a kind of unit runs changes, either
 * its code version is bumped (every key changes: the recorded results are no longer planned and must be recorded
 * again) or the change is shown not to change results and the new fingerprint is written.
 */
describe('unit fingerprints', () => {
  test('every kind of unit has its executor module listed', () => {
    expect(Object.keys(UNIT_ENTRIES).sort()).toEqual(Object.keys(EXECUTORS).sort());
  });

  const recorded = recordedFingerprints();
  for (const kind of Object.keys(UNIT_ENTRIES)) {
    test(`${kind}: the code its units run matches the fingerprint recorded with its code version`, () => {
      const now = fingerprintOf(kind);
      const was = recorded[kind];
      if (was && now.codeVersion === was.codeVersion && now.fingerprint === was.fingerprint) return;
      const changed = was
        ? [...new Set([...Object.keys(now.files), ...Object.keys(was.files)])].filter((f) => now.files[f] !== was.files[f]).sort()
        : Object.keys(now.files);
      throw new Error(
        `the code that computes ${kind} units changed (version ${was?.codeVersion ?? 'none'} -> ${now.codeVersion}; files: ${changed.join(', ')}): ` +
          `bump CODE_VERSION['${kind}'] in src/experiments/plan.ts (recorded results become stale and must be re-recorded) or, if behaviour is unchanged, ` +
          `update the fingerprint (npx tsx test/experiments/unit-fingerprint.ts --update) and prove it with \`ws-repro run --profile cpu --recompute ${kind}\``,
      );
    });
  }
});
