/**
 * The authors' 210,000 rows grouped into evaluation sets: one (setting, space, super-net) triple each, holding the
 * 1,000 cells that super-net scored, with the proxy accuracy and the mean of the three standalone runs.
 */
import { AUTHOR_SPACES, SETTINGS, type AuthorsEvaluation, type Setting } from '../authors/evaluations.js';
import type { SpaceName } from '../space/spaces.js';

/** Which NAS-Bench-101 standalone accuracy the proxy is ranked against. */
export type Target = 'validation' | 'test';

export interface EvaluationSet {
  readonly setting: Setting;
  readonly space: SpaceName;
  readonly supernet: number;
  readonly rows: readonly AuthorsEvaluation[];
  readonly proxy: readonly number[];
  /** Mean of the three 108-epoch standalone validation accuracies, per row. */
  readonly meanValidation: readonly number[];
  /** Mean of the three 108-epoch standalone test accuracies, per row. */
  readonly meanTest: readonly number[];
}

const mean3 = (t: readonly [number, number, number]): number => (t[0] + t[1] + t[2]) / 3;

export function setKey(setting: Setting, space: SpaceName, supernet: number): string {
  return `${setting}/${space}/${supernet}`;
}

/** Group rows into sets, ordered by setting, then space (both in Table 3's order), then super-net. */
export function evaluationSets(rows: readonly AuthorsEvaluation[]): EvaluationSet[] {
  const byKey = new Map<string, AuthorsEvaluation[]>();
  for (const row of rows) {
    const key = setKey(row.setting, row.space, row.supernet);
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = []));
    group.push(row);
  }
  const sets: EvaluationSet[] = [];
  for (const setting of SETTINGS) {
    for (const space of AUTHOR_SPACES) {
      const supernets = [...byKey.keys()]
        .filter((key) => key.startsWith(`${setting}/${space}/`))
        .map((key) => Number(key.slice(key.lastIndexOf('/') + 1)))
        .sort((a, b) => a - b);
      for (const supernet of supernets) {
        const group = byKey.get(setKey(setting, space, supernet))!;
        sets.push({
          setting,
          space,
          supernet,
          rows: group,
          proxy: group.map((r) => r.proxyAccuracy),
          meanValidation: group.map((r) => mean3(r.validationAccuracy)),
          meanTest: group.map((r) => mean3(r.testAccuracy)),
        });
      }
    }
  }
  return sets;
}

export function standalone(set: EvaluationSet, target: Target): readonly number[] {
  return target === 'validation' ? set.meanValidation : set.meanTest;
}

/** The sets of one (setting, space), in super-net order. */
export function setsOf(sets: readonly EvaluationSet[], setting: Setting, space: SpaceName): EvaluationSet[] {
  return sets.filter((s) => s.setting === setting && s.space === space);
}
