/**
 * A replication unit (paper section 4.2 at a profile's scale): train one weight-sharing super-net on one space with
 * the paper's optimiser and schedule, then score distinct cells of the space that have NAS-Bench-101 ground truth,
 * with the super-net's own batch-norm statistics (no-ft) and with statistics re-estimated per cell (bns-ft); when
 * the plan asks, run GS_ws (paper 4.3) with the trained baseline super-net as its bns-ft scorer and record the visits.
 * The unit computes from its description and the resources it is handed, nothing else: it checks that the ground
 * truth and CIFAR-10 it loads are the ones its description (hence its key) names.
 */
import { cifar10Identity } from '../data/cifar10-identity.js';
import { loadCifar10, type Cifar10Dataset } from '../data/dataset.js';
import { batches, trainingBatches } from '../data/batches.js';
import { downsampleImages } from '../data/downsample.js';
import { selectImages, type ImageSet } from '../data/images.js';
import { loadGroundTruth } from '../nasbench/load-ground-truth.js';
import type { NasBenchTable } from '../nasbench/table.js';
import { NASBENCH_CONFIG, type NetworkConfig } from '../nn/architecture.js';
import { selectBackend, type BackendInfo } from '../nn/backend.js';
import { epochBatchSource, type Batch } from '../nn/batch.js';
import { proxyAccuracies, superNetHealth } from '../nn/proxy.js';
import { SuperNet } from '../nn/supernet.js';
import { PAPER_TRAINING, Trainer } from '../nn/trainer.js';
import { derivedRandom, shuffled } from '../random.js';
import { CONV3X3, type Cell } from '../space/cell.js';
import { loadCellTable } from '../space/cell-table.js';
import { proRataSampler, uniformSampler } from '../space/sampler.js';
import { inSpace, isResidual } from '../space/spaces.js';
import { searchTableFor } from '../search/search-table.js';
import { searchUniverse } from '../search/universe.js';
import { CachedSupernetScorer, greedyWsSearch } from '../search/ws-greedy.js';
import { spearman } from '../stats/spearman.js';
import { lineProgress, type ProgressSink } from './progress.js';
import { groundTruthIdentity, type ReplicationUnitConfig } from './plan.js';
import { checkLoaded, type UnitResources } from './resources.js';
import type { ReplicationResult, ScoredCell, WsGreedyRecord } from '../evidence/replication-result.js';
import type { UnitDescription } from './store.js';

type Plan = ReplicationUnitConfig['plan'];

/**
 * `scratch`, when given, holds a training checkpoint written every epoch: a unit stopped by a crash or Ctrl-C
 * resumes from its last epoch, with the same result as an uninterrupted run (the trainer restores weights,
 * optimiser slots and the cell-sampling stream).
 */
export async function runReplicationUnit(
  unit: UnitDescription,
  resources: UnitResources,
  progress: ProgressSink = lineProgress(),
  scratch?: (name: string) => string,
): Promise<ReplicationResult> {
  const config = unit.config as ReplicationUnitConfig;
  const label = `${config.space}/${config.variant}/${config.supernet}`;
  const unitSeed = `${unit.seed}/${label}`;
  const { backend, groundTruth, data } = await loadInputs(config, resources);
  const images = unitImages(data, config.plan, unit.seed);
  const network = networkOf(config.plan);
  const supernet = new SuperNet(network, derivedRandom(unitSeed, 'weights').int32(), {
    singleKernel: config.variant === 'single-k' || config.variant === 's-k+p-r',
  });
  try {
    const training = await trainSuperNet(supernet, config, images.train, unitSeed, { label, progress, checkpoint: scratch?.('training-checkpoint') });
    const chosen = chooseScoredCells(groundTruth, config, unitSeed);
    const scores = await scoreCells(supernet, chosen.map((i) => groundTruth.cell(i)), images, config.plan, unitSeed, label);
    const cells = scoredCells(groundTruth, chosen, scores);
    const standalone = cells.map((c) => c.standaloneValidation);
    const health = superNetHealth(scores.bnsFt, network.numLabels, scores.heldOutImages);
    // Recorded for a failed super-net too (the record is complete); the search study leaves failed ones out.
    const wsGreedy = config.plan.wsGreedy ? await searchWithSupernet(supernet, groundTruth, config, images, unit.seed, unitSeed, label) : undefined;
    return {
      space: config.space,
      variant: config.variant,
      supernet: config.supernet,
      // Name and adapter: "webgpu on google swiftshader (...; CPU emulation)" never reads as a GPU.
      backend: backend.description,
      groundTruth: { kind: groundTruth.kind, source: groundTruth.source },
      cifar10: { source: `${data.source} (${data.path})`, trainImages: images.train.count, heldOutImages: scores.heldOutImages },
      ...training,
      secondsPerProxyEvaluation: scores.secondsPerProxyEvaluation,
      failed: health.failed ? health.reason : null,
      spearmanNoFt: spearman(scores.noFt, standalone).rho,
      spearmanBnsFt: spearman(scores.bnsFt, standalone).rho,
      cells,
      ...(wsGreedy ? { wsGreedy } : {}),
    };
  } finally {
    supernet.dispose();
  }
}

/** The backend, ground truth and CIFAR-10 of the unit, checked against what its description names. */
async function loadInputs(
  config: ReplicationUnitConfig,
  resources: UnitResources,
): Promise<{ backend: BackendInfo; groundTruth: NasBenchTable; data: Cifar10Dataset }> {
  const backend = await selectBackend({ prefer: resources.backend });
  const groundTruth = loadGroundTruth(resources.groundTruth);
  checkLoaded('ground truth', config.groundTruth, groundTruthIdentity(groundTruth), groundTruth.source);
  checkLoaded('CIFAR-10', config.cifar10, cifar10Identity(resources.cifar10), resources.cifar10.binaryDir ?? resources.cifar10.jpegTarball ?? 'the embedded subset');
  const data = await loadCifar10(resources.cifar10);
  return { backend, groundTruth, data };
}

/** The first `count` images of a seeded permutation: a class-mixed subset, the same for every unit of a seed. */
function subsetOf(set: ImageSet, count: number, seed: number, label: string): ImageSet {
  if (count > set.count) throw new Error(`replication: ${count} ${label} images asked, the CIFAR-10 source has ${set.count}`);
  const order = shuffled(derivedRandom(seed, label), Array.from({ length: set.count }, (_, i) => i));
  return selectImages(set, order.slice(0, count));
}

/** The training and held-out images of the plan, at the plan's image size. */
function unitImages(data: Cifar10Dataset, plan: Plan, seed: number): { train: ImageSet; heldOut: ImageSet } {
  const factor = 32 / plan.network.imageSize;
  const shrink = (set: ImageSet) => (factor === 1 ? set : downsampleImages(set, factor));
  return {
    train: shrink(subsetOf(data.train, plan.trainImages, seed, 'train images')),
    heldOut: shrink(subsetOf(data.validation, plan.heldOutImages, seed, 'held-out images')),
  };
}

function networkOf(plan: Plan): NetworkConfig {
  return {
    ...NASBENCH_CONFIG,
    initialFilters: plan.network.initialFilters,
    stacks: plan.network.stacks,
    cellsPerStack: plan.network.cellsPerStack,
    inputSize: plan.network.imageSize,
  };
}

/** Trains the super-net in place with the variant's sampler, resuming from `checkpoint` when one was written. */
async function trainSuperNet(
  supernet: SuperNet,
  config: ReplicationUnitConfig,
  train: ImageSet,
  unitSeed: string,
  options: { label: string; progress: ProgressSink; checkpoint?: string },
): Promise<Pick<ReplicationResult, 'trainingSeconds' | 'trainingImagesPerSecond' | 'finalLoss'>> {
  const { plan, space, variant } = config;
  const { label, checkpoint } = options;
  const network = supernet.config;
  const table = loadCellTable();
  const sampler =
    variant === 'pro-rata' || variant === 's-k+p-r'
      ? proRataSampler(table, space, { initialFilters: network.initialFilters, stacks: network.stacks, cellsPerStack: network.cellsPerStack })
      : uniformSampler(table, space);
  const stepsPerEpoch = Math.floor(train.count / plan.batchSize);
  const trainer = new Trainer(
    supernet,
    (random) => sampler.sample(random),
    epochBatchSource((epoch) => trainingBatches(train, plan.batchSize, derivedRandom(unitSeed, `epoch ${epoch}`)), stepsPerEpoch),
    {
      ...PAPER_TRAINING,
      learningRate: plan.learningRate ?? PAPER_TRAINING.learningRate,
      avgK: variant === 'avg-3' ? 3 : 1,
      totalSteps: stepsPerEpoch * plan.epochs,
      stepsPerEpoch,
      seed: derivedRandom(unitSeed, 'cells').int32(),
    },
  );
  try {
    const resumed = checkpoint ? trainer.resumeFrom(checkpoint) : undefined;
    if (resumed) process.stderr.write(`[${label}] ${resumed}\n`);
    const started = performance.now();
    const firstStep = trainer.step;
    let finalLoss = Number.NaN;
    await trainer.train({
      progress: (info) => {
        finalLoss = info.loss;
        options.progress(label, info);
      },
      ...(checkpoint ? { checkpoint: { path: checkpoint, everySteps: stepsPerEpoch } } : {}),
    });
    const trainingSeconds = (performance.now() - started) / 1000;
    return {
      trainingSeconds,
      // Of this process's share of the training (all of it unless resumed from a checkpoint).
      trainingImagesPerSecond: trainer.step > firstStep ? ((trainer.step - firstStep) * plan.batchSize) / trainingSeconds : Number.NaN,
      finalLoss,
    };
  } finally {
    trainer.dispose();
  }
}

/** Rows of the ground truth to score: distinct cells of the space that it knows, drawn uniformly (seeded). */
function chooseScoredCells(groundTruth: NasBenchTable, config: ReplicationUnitConfig, unitSeed: string): number[] {
  const known: number[] = [];
  for (let i = 0; i < groundTruth.size; i++) if (inSpace(config.space, groundTruth.cell(i))) known.push(i);
  return shuffled(derivedRandom(unitSeed, 'scored cells'), known).slice(0, config.plan.scoredCells);
}

interface CellScores {
  readonly noFt: readonly number[];
  readonly bnsFt: readonly number[];
  readonly heldOutImages: number;
  readonly secondsPerProxyEvaluation: number;
}

/** The trained super-net scores each cell on the held-out images: no-ft, and bns-ft after re-estimating BN statistics. */
async function scoreCells(
  supernet: SuperNet,
  cells: readonly Cell[],
  images: { train: ImageSet; heldOut: ImageSet },
  plan: Plan,
  unitSeed: string,
  label: string,
): Promise<CellScores> {
  const heldOut = wholeBatch(images.heldOut);
  const calibration = calibrationBatches(images.train, plan, unitSeed);
  const started = performance.now();
  const scores = await proxyAccuracies(supernet, cells, heldOut, ['no-ft', 'bns-ft'], {
    calibration,
    chunk: 500,
    onCell: (done) => {
      if (done % 20 === 0 || done === cells.length) process.stderr.write(`[${label}] scored ${done}/${cells.length} cells\n`);
    },
  });
  return {
    noFt: scores.accuracies['no-ft']!,
    bnsFt: scores.accuracies['bns-ft']!,
    heldOutImages: heldOut.count,
    secondsPerProxyEvaluation: (performance.now() - started) / 1000 / (2 * cells.length),
  };
}

function wholeBatch(set: ImageSet): Batch {
  return batches(set, { batchSize: set.count }).next().value!;
}

/** The training mini-batches bns-ft re-estimates batch-norm statistics on (the same for every cell of the unit). */
function calibrationBatches(train: ImageSet, plan: Plan, unitSeed: string): Batch[] {
  return [...batches(train, { batchSize: plan.batchSize, random: derivedRandom(unitSeed, 'bn batches'), shuffle: true })].slice(0, plan.bnBatches);
}

/**
 * GS_ws runs k*n .. k*n+n-1 of the space (super-net k, n runs per super-net), seeded by the run's seed as the search
 * study's runs are, on the search study's universe (search-table.ts), so the study can read the visits. The
 * super-net scores each visited cell once (bns-ft, on the first `images` held-out images).
 */
async function searchWithSupernet(
  supernet: SuperNet,
  groundTruth: NasBenchTable,
  config: ReplicationUnitConfig,
  images: { train: ImageSet; heldOut: ImageSet },
  seed: number,
  unitSeed: string,
  label: string,
): Promise<WsGreedyRecord> {
  const plan = config.plan.wsGreedy!;
  if (plan.images > images.heldOut.count) throw new Error(`replication: GS_ws scores on ${plan.images} images, the unit holds out ${images.heldOut.count}`);
  const heldOut = wholeBatch(selectImages(images.heldOut, Array.from({ length: plan.images }, (_, i) => i)));
  const calibration = calibrationBatches(images.train, config.plan, unitSeed);
  const table = searchTableFor(groundTruth);
  const universe = searchUniverse(table.groundTruth, table.timeReference);
  const scorer = new CachedSupernetScorer({
    label: `ws-repro ${label} bns-ft`,
    scoreCells: async (cells) => (await proxyAccuracies(supernet, cells, heldOut, ['bns-ft'], { calibration, chunk: 500 })).accuracies['bns-ft']!,
  });
  const started = performance.now();
  const runs: WsGreedyRecord['runs'][number][] = [];
  for (let k = 0; k < plan.runsPerSupernet; k++) {
    const run = config.supernet * plan.runsPerSupernet + k;
    const search = await greedyWsSearch({ universe, space: config.space, scorer, evaluations: plan.evaluations, seed, run });
    runs.push({ run, hashes: search.visits.map((v) => v.hash), proxies: search.visits.map((v) => v.proxy) });
    process.stderr.write(`[${label}] GS_ws run ${run}: ${search.visits.length} evaluations, ${scorer.scored} cells scored\n`);
  }
  return {
    evaluations: plan.evaluations,
    images: plan.images,
    scoredCells: scorer.scored,
    secondsPerProxyEvaluation: (performance.now() - started) / 1000 / Math.max(1, scorer.scored),
    runs,
  };
}

/** Each scored cell with its proxies, its NAS-Bench-101 runs and the features the per-cell claims group by. */
function scoredCells(groundTruth: NasBenchTable, chosen: readonly number[], scores: CellScores): ScoredCell[] {
  return chosen.map((i, k) => {
    const cell = groundTruth.cell(i);
    return {
      hash: groundTruth.hash(i),
      cell,
      proxyNoFt: scores.noFt[k],
      proxyBnsFt: scores.bnsFt[k],
      standaloneValidation: groundTruth.meanValidationAccuracy(i),
      standaloneTest: groundTruth.meanTestAccuracy(i),
      runs: Array.from({ length: groundTruth.runs(i) }, (_, run) => ({
        validation: groundTruth.validationAccuracy(i, run),
        test: groundTruth.testAccuracy(i, run),
        trainingTime: groundTruth.trainingTime(i, run),
      })),
      trainableParameters: groundTruth.trainableParameters(i),
      residual: isResidual(cell),
      conv3x3First: cell.ops[1] === CONV3X3,
    };
  });
}
