/**
 * Every re-analysis of the authors' raw evaluations in one plain object, computed once per process (the claim
 * specs, the CLI and the HTML report all read it): integrity first, then Table 3 (against the validation
 * accuracy, as the paper's text says, and against the test accuracy for comparison) and the claims built on it.
 */
import { loadAuthorsEvaluations, type AuthorsEvaluation } from '../authors/evaluations.js';
import { bnsFtGain, bnsFtRange, type BnsFtGain, type BnsFtRange } from './bns-ft-gain.js';
import { evaluationSets } from './evaluation-sets.js';
import { integrityFindings, type IntegrityFinding } from './integrity.js';
import { multimodality, type Multimodality } from './multimodality.js';
import { spaceEffects, type SpaceEffects } from './space-effects.js';
import { CONV3X3_FIRST_ON_A4, paperSubgroupBias, RESIDUAL_ON_A1, type SubgroupBias } from './subgroup-bias.js';
import { table3, type Table3 } from './table3.js';
import { variantComparisons, type VariantComparison } from './variants.js';
import { zeroCostComparison, type SpaceZeroCost } from './zero-cost.js';
import { loadRecordedZeroCost, type RecordedZeroCost } from './recorded-zero-cost.js';
import { trainingFreeComparison, trainingFreeSample, type SpaceTrainingFree } from './training-free.js';

export interface Reanalysis {
  readonly rows: number;
  readonly integrity: readonly IntegrityFinding[];
  /** Against the mean standalone validation accuracy (the paper's text). */
  readonly table3: Table3;
  /** Against the mean standalone test accuracy, to see which one the paper used. */
  readonly table3Test: Table3;
  readonly c01: BnsFtGain;
  readonly c02: BnsFtRange;
  readonly c04: readonly VariantComparison[];
  readonly c05: SpaceEffects;
  readonly c09: Multimodality;
  readonly c10: SubgroupBias;
  readonly c11: SubgroupBias;
  readonly c21: readonly SpaceZeroCost[];
  /** C21 against the field's training-free proxies, on the recorded sample (results/zero-cost-authors.json). */
  readonly c21TrainingFree: { readonly recorded: Omit<RecordedZeroCost, 'scores'>; readonly spaces: readonly SpaceTrainingFree[] };
}

function c21TrainingFree(sets: ReturnType<typeof evaluationSets>, integrity: readonly IntegrityFinding[]): Reanalysis['c21TrainingFree'] {
  const { scores, ...recorded } = loadRecordedZeroCost();
  const sample = trainingFreeSample(sets, integrity, recorded.sample.perSupernet, recorded.sample.seed);
  return { recorded, spaces: trainingFreeComparison(sample, scores, recorded.proxies) };
}

const computed = new WeakMap<readonly AuthorsEvaluation[], Reanalysis>();

export function reanalyze(rows: readonly AuthorsEvaluation[] = loadAuthorsEvaluations()): Reanalysis {
  const known = computed.get(rows);
  if (known) return known;
  const sets = evaluationSets(rows);
  const integrity = integrityFindings(sets);
  const validation = table3(sets, integrity, 'validation');
  const result: Reanalysis = {
    rows: rows.length,
    integrity,
    table3: validation,
    table3Test: table3(sets, integrity, 'test'),
    c01: bnsFtGain(validation),
    c02: bnsFtRange(validation),
    c04: variantComparisons(validation),
    c05: spaceEffects(validation),
    c09: multimodality(sets, integrity),
    c10: paperSubgroupBias(RESIDUAL_ON_A1, sets, integrity),
    c11: paperSubgroupBias(CONV3X3_FIRST_ON_A4, sets, integrity),
    c21: zeroCostComparison(sets, integrity),
    c21TrainingFree: c21TrainingFree(sets, integrity),
  };
  computed.set(rows, result);
  return result;
}
