/**
 * Integrity of the authors' evaluations, checked before any statistic: failed super-nets (constant proxy
 * accuracies, which the paper's asterisks exclude), super-nets left at chance level (reported, not excluded: the
 * paper keeps them), runs that are exact copies of another run, cells repeated within one evaluation set (the
 * paper says 1,000 unique cells; compared by official hash) and cells outside their declared space.
 */
import type { Setting } from '../authors/evaluations.js';
import { cellHash } from '../space/hash.js';
import { inSpace, type SpaceName } from '../space/spaces.js';
import type { Cell } from '../space/cell.js';
import { setKey, type EvaluationSet } from './evaluation-sets.js';

export type IntegrityKind = 'failed-supernet' | 'chance-level' | 'duplicate-run' | 'repeated-cells' | 'outside-space';

export interface IntegrityFinding {
  readonly kind: IntegrityKind;
  readonly setting: Setting;
  readonly space: SpaceName;
  /** The super-nets concerned (for a duplicate run: the copy; the detail names the original). */
  readonly supernets: readonly number[];
  /** How many rows (or runs, for failed / duplicate runs) are concerned. */
  readonly count: number;
  readonly detail: string;
  /** Whether the statistics leave these super-nets out (failed runs, as the paper does) or only report them. */
  readonly excluded: boolean;
}

/** Classification accuracy of a constant guess among CIFAR-10's 10 classes. */
export const CHANCE_ACCURACY = 0.1;
/** A run whose median proxy accuracy is this close to chance is reported as chance-level. */
export const CHANCE_TOLERANCE = 0.01;

/** A super-net failed to converge when every cell gets the same proxy accuracy (nothing is ranked). */
export function isFailedSupernet(set: EvaluationSet): boolean {
  return set.proxy.every((p) => p === set.proxy[0]);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const cellKey = (cell: Cell): string => `${cell.matrix.map((r) => r.join('')).join('')}|${cell.ops.join(',')}`;

/**
 * An isomorphism invariant: the multiset over vertices of (op, in-neighbour ops, out-neighbour ops). Cells that
 * differ in it cannot share the official hash, so only cells that agree in it need hashing: 217 of the authors'
 * 151,644 cells (55,459 with degrees instead of neighbour ops; hashing all of them took most of the run time).
 */
function invariantKey(cell: Cell): string {
  const n = cell.matrix.length;
  const vertices = cell.ops.map((op, v) => {
    const ins: string[] = [];
    const outs: string[] = [];
    for (let w = 0; w < n; w++) {
      if (cell.matrix[w][v]) ins.push(cell.ops[w]);
      if (cell.matrix[v][w]) outs.push(cell.ops[w]);
    }
    return `${op}<${ins.sort().join(',')}>${outs.sort().join(',')}`;
  });
  return vertices.sort().join(';');
}

/** Number of distinct cells of `cells` up to isomorphism, by official hash (memoised in `hashes` on the cell text). */
export function distinctCells(cells: readonly Cell[], hashes: Map<string, string> = new Map()): number {
  const textsByInvariant = new Map<string, Map<string, Cell>>();
  for (const cell of cells) {
    const invariant = invariantKey(cell);
    let texts = textsByInvariant.get(invariant);
    if (!texts) textsByInvariant.set(invariant, (texts = new Map()));
    texts.set(cellKey(cell), cell);
  }
  let distinct = 0;
  for (const texts of textsByInvariant.values()) {
    if (texts.size === 1) {
      distinct++;
      continue;
    }
    const seen = new Set<string>();
    for (const [text, cell] of texts) {
      let hash = hashes.get(text);
      if (hash === undefined) hashes.set(text, (hash = cellHash(cell)));
      seen.add(hash);
    }
    distinct += seen.size;
  }
  return distinct;
}

function groupByCell(sets: readonly EvaluationSet[]): EvaluationSet[][] {
  const groups = new Map<string, EvaluationSet[]>();
  for (const set of sets) {
    const key = `${set.setting}/${set.space}`;
    groups.set(key, [...(groups.get(key) ?? []), set]);
  }
  return [...groups.values()];
}

function failedAndChance(group: readonly EvaluationSet[]): IntegrityFinding[] {
  const { setting, space } = group[0];
  const failed = group.filter(isFailedSupernet);
  const chance = group.filter(
    (s) => !isFailedSupernet(s) && Math.abs(median(s.proxy) - CHANCE_ACCURACY) <= CHANCE_TOLERANCE,
  );
  const findings: IntegrityFinding[] = [];
  if (failed.length) {
    findings.push({
      kind: 'failed-supernet',
      setting,
      space,
      supernets: failed.map((s) => s.supernet),
      count: failed.length,
      detail: failed.map((s) => `super-net ${s.supernet}: all ${s.proxy.length} proxy accuracies = ${s.proxy[0]}`).join('; '),
      excluded: true,
    });
  }
  if (chance.length) {
    findings.push({
      kind: 'chance-level',
      setting,
      space,
      supernets: chance.map((s) => s.supernet),
      count: chance.length,
      detail: chance.map((s) => `super-net ${s.supernet}: median proxy accuracy ${median(s.proxy).toFixed(4)}`).join('; '),
      excluded: false,
    });
  }
  return findings;
}

/**
 * Runs whose cells and proxy vector equal those of an earlier run (across super-nets, spaces or settings); each
 * copy is filed under its own (setting, space) and names its original.
 */
function duplicateRuns(sets: readonly EvaluationSet[]): IntegrityFinding[] {
  const seen = new Map<string, EvaluationSet>();
  const findings: IntegrityFinding[] = [];
  for (const set of sets) {
    if (isFailedSupernet(set)) continue; // constant vectors are reported as failures
    const key = `${set.proxy.join(',')}|${set.rows.map((r) => cellKey(r.cell)).join(';')}`;
    const original = seen.get(key);
    if (!original) {
      seen.set(key, set);
      continue;
    }
    findings.push({
      kind: 'duplicate-run',
      setting: set.setting,
      space: set.space,
      supernets: [set.supernet],
      count: 1,
      detail: `${setKey(set.setting, set.space, set.supernet)} is an exact copy of ${setKey(original.setting, original.space, original.supernet)} (same ${set.rows.length} cells, same proxy accuracies)`,
      excluded: false,
    });
  }
  return findings;
}

function repeatedCells(group: readonly EvaluationSet[], hashes: Map<string, string>): IntegrityFinding[] {
  const { setting, space } = group[0];
  const perSet = group.map((s) => ({
    supernet: s.supernet,
    size: s.rows.length,
    repeats: s.rows.length - distinctCells(s.rows.map((r) => r.cell), hashes),
  }));
  const affected = perSet.filter((p) => p.repeats > 0);
  if (!affected.length) return [];
  return [
    {
      kind: 'repeated-cells',
      setting,
      space,
      supernets: affected.map((p) => p.supernet),
      count: affected.reduce((sum, p) => sum + p.repeats, 0),
      detail: affected.map((p) => `super-net ${p.supernet}: ${p.size - p.repeats} unique of ${p.size}`).join('; '),
      excluded: false,
    },
  ];
}

function outsideSpace(group: readonly EvaluationSet[]): IntegrityFinding[] {
  const { setting, space } = group[0];
  const perSet = group.map((s) => ({ supernet: s.supernet, outside: s.rows.filter((r) => !inSpace(space, r.cell)).length }));
  const affected = perSet.filter((p) => p.outside > 0);
  if (!affected.length) return [];
  return [
    {
      kind: 'outside-space',
      setting,
      space,
      supernets: affected.map((p) => p.supernet),
      count: affected.reduce((sum, p) => sum + p.outside, 0),
      detail: affected.map((p) => `super-net ${p.supernet}: ${p.outside} cells not in ${space}`).join('; '),
      excluded: false,
    },
  ];
}

/** Every finding, grouped by (setting, space) in Table 3's order, then the duplicate runs. */
export function integrityFindings(sets: readonly EvaluationSet[]): IntegrityFinding[] {
  const groups = groupByCell(sets);
  const hashes = new Map<string, string>();
  return [
    ...groups.flatMap(failedAndChance),
    ...duplicateRuns(sets),
    ...groups.flatMap((g) => repeatedCells(g, hashes)),
    ...groups.flatMap(outsideSpace),
  ];
}

/** Super-nets the statistics leave out for (setting, space). */
export function excludedSupernets(findings: readonly IntegrityFinding[], setting: Setting, space: SpaceName): number[] {
  return findings.filter((f) => f.excluded && f.setting === setting && f.space === space).flatMap((f) => f.supernets);
}

/** Copies of an earlier run within (setting, space): dropped from the de-duplicated statistics. */
export function duplicateSupernets(findings: readonly IntegrityFinding[], setting: Setting, space: SpaceName): number[] {
  return findings
    .filter((f) => f.kind === 'duplicate-run' && f.setting === setting && f.space === space)
    .flatMap((f) => f.supernets);
}

/** The independent runs of (setting, space): failed super-nets and exact copies left out. */
export function independentSets(
  sets: readonly EvaluationSet[],
  findings: readonly IntegrityFinding[],
  setting: Setting,
  space: SpaceName,
): EvaluationSet[] {
  const drop = [...excludedSupernets(findings, setting, space), ...duplicateSupernets(findings, setting, space)];
  return sets.filter((s) => s.setting === setting && s.space === space && !drop.includes(s.supernet));
}
