/**
 * A replication unit (paper section 4.2 at a profile's scale): train one weight-sharing super-net on one space with
 * the paper's optimiser and schedule, then score distinct cells of the space that have NAS-Bench-101 ground truth,
 * with the super-net's own batch-norm statistics (no-ft) and with statistics re-estimated per cell (bns-ft).
 */
import { defaultGroundTruth } from '../nasbench/ground-truth.js';
import { loadCifar10 } from '../data/dataset.js';
import { batches, trainingBatches } from '../data/batches.js';
import { downsampleImages } from '../data/downsample.js';
import { selectImages, type ImageSet } from '../data/images.js';
import { NASBENCH_CONFIG, type NetworkConfig } from '../nn/architecture.js';
import { selectBackend, type BackendName } from '../nn/backend.js';
import { epochBatchSource } from '../nn/batch.js';
import { proxyAccuracies, superNetHealth } from '../nn/proxy.js';
import { SuperNet } from '../nn/supernet.js';
import { PAPER_TRAINING, Trainer } from '../nn/trainer.js';
import { derivedRandom, shuffled } from '../random.js';
import { CONV3X3 } from '../space/cell.js';
import { loadCellTable } from '../space/cell-table.js';
import { proRataSampler, uniformSampler } from '../space/sampler.js';
import { inSpace, isResidual } from '../space/spaces.js';
import { spearman } from '../stats/spearman.js';
import { lineProgress, type ProgressSink } from './progress.js';
import type { ReplicationUnitConfig } from './plan.js';
import type { ReplicationResult, ScoredCell } from '../evidence/replication-result.js';
import type { UnitDescription } from './store.js';

/** The first `count` images of a seeded permutation: a class-mixed subset, the same for every unit of a seed. */
function subsetOf(set: ImageSet, count: number, seed: number, label: string): ImageSet {
  if (count > set.count) throw new Error(`replication: ${count} ${label} images asked, the CIFAR-10 source has ${set.count}`);
  const order = shuffled(derivedRandom(seed, label), Array.from({ length: set.count }, (_, i) => i));
  return selectImages(set, order.slice(0, count));
}

/**
 * `scratch`, when given, holds a training checkpoint written every epoch: a unit stopped by a crash or Ctrl-C
 * resumes from its last epoch, with the same result as an uninterrupted run (the trainer restores weights,
 * optimiser slots and the cell-sampling stream).
 */
export async function runReplicationUnit(
  unit: UnitDescription,
  progress: ProgressSink = lineProgress(),
  scratch?: (name: string) => string,
): Promise<ReplicationResult> {
  const config = unit.config as ReplicationUnitConfig;
  const { plan, space, variant } = config;
  const label = `${space}/${variant}/${config.supernet}`;
  const backend = await selectBackend({ prefer: process.env.WS_REPRO_BACKEND as BackendName | undefined });
  const groundTruth = defaultGroundTruth();
  const data = await loadCifar10({ binaryDir: process.env.WS_REPRO_CIFAR10_DIR });
  const factor = 32 / plan.network.imageSize;
  const shrink = (set: ImageSet) => (factor === 1 ? set : downsampleImages(set, factor));
  const train = shrink(subsetOf(data.train, plan.trainImages, unit.seed, 'train images'));
  const heldOutSet = shrink(subsetOf(data.validation, plan.heldOutImages, unit.seed, 'held-out images'));

  const network: NetworkConfig = {
    ...NASBENCH_CONFIG,
    initialFilters: plan.network.initialFilters,
    stacks: plan.network.stacks,
    cellsPerStack: plan.network.cellsPerStack,
    inputSize: plan.network.imageSize,
  };
  const unitSeed = `${unit.seed}/${label}`;
  const singleKernel = variant === 'single-k' || variant === 's-k+p-r';
  const proRata = variant === 'pro-rata' || variant === 's-k+p-r';
  const supernet = new SuperNet(network, derivedRandom(unitSeed, 'weights').int32(), { singleKernel });
  const table = loadCellTable();
  const sampler = proRata
    ? proRataSampler(table, space, { initialFilters: network.initialFilters, stacks: network.stacks, cellsPerStack: network.cellsPerStack })
    : uniformSampler(table, space);
  const stepsPerEpoch = Math.floor(train.count / plan.batchSize);
  const trainer = new Trainer(
    supernet,
    (random) => sampler.sample(random),
    epochBatchSource((epoch) => trainingBatches(train, plan.batchSize, derivedRandom(unitSeed, `epoch ${epoch}`)), stepsPerEpoch),
    {
      ...PAPER_TRAINING,
      avgK: variant === 'avg-3' ? 3 : 1,
      totalSteps: stepsPerEpoch * plan.epochs,
      stepsPerEpoch,
      seed: derivedRandom(unitSeed, 'cells').int32(),
    },
  );
  const checkpoint = scratch?.('training-checkpoint');
  const resumed = checkpoint ? trainer.resumeFrom(checkpoint) : undefined;
  if (resumed) process.stderr.write(`[${label}] ${resumed}\n`);
  const trainingStarted = performance.now();
  const firstStep = trainer.step;
  let finalLoss = Number.NaN;
  await trainer.train({
    progress: (info) => {
      finalLoss = info.loss;
      progress(label, info);
    },
    ...(checkpoint ? { checkpoint: { path: checkpoint, everySteps: stepsPerEpoch } } : {}),
  });
  const trainingSeconds = (performance.now() - trainingStarted) / 1000;
  trainer.dispose();

  // Cells to score: distinct cells of the space that the ground truth knows, drawn uniformly (seeded).
  const known: number[] = [];
  for (let i = 0; i < groundTruth.size; i++) if (inSpace(space, groundTruth.cell(i))) known.push(i);
  const chosen = shuffled(derivedRandom(unitSeed, 'scored cells'), known).slice(0, plan.scoredCells);
  const cells = chosen.map((i) => groundTruth.cell(i));
  const heldOut = batches(heldOutSet, { batchSize: heldOutSet.count }).next().value!;
  const calibration = [...batches(train, { batchSize: plan.batchSize, random: derivedRandom(unitSeed, 'bn batches'), shuffle: true })].slice(
    0,
    plan.bnBatches,
  );
  const scoringStarted = performance.now();
  const scores = proxyAccuracies(supernet, cells, heldOut, ['no-ft', 'bns-ft'], {
    calibration,
    chunk: 500,
    onCell: (done) => {
      if (done % 20 === 0 || done === cells.length) process.stderr.write(`[${label}] scored ${done}/${cells.length} cells\n`);
    },
  });
  const secondsPerProxyEvaluation = (performance.now() - scoringStarted) / 1000 / (2 * cells.length);
  supernet.dispose();

  const noFt = scores.accuracies['no-ft']!;
  const bnsFt = scores.accuracies['bns-ft']!;
  const scored: ScoredCell[] = chosen.map((i, k) => {
    const cell = groundTruth.cell(i);
    return {
      hash: groundTruth.hash(i),
      cell,
      proxyNoFt: noFt[k],
      proxyBnsFt: bnsFt[k],
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
  const standalone = scored.map((c) => c.standaloneValidation);
  const health = superNetHealth(bnsFt, network.numLabels, heldOut.count);
  return {
    space,
    variant,
    supernet: config.supernet,
    backend: backend.name,
    groundTruth: { kind: groundTruth.kind, source: groundTruth.source },
    cifar10: { source: `${data.source} (${data.path})`, trainImages: train.count, heldOutImages: heldOut.count },
    trainingSeconds,
    // Of this process's share of the training (all of it unless resumed from a checkpoint).
    trainingImagesPerSecond: trainer.step > firstStep ? ((trainer.step - firstStep) * plan.batchSize) / trainingSeconds : Number.NaN,
    secondsPerProxyEvaluation,
    finalLoss,
    failed: health.failed ? health.reason : null,
    spearmanNoFt: spearman(noFt, standalone).rho,
    spearmanBnsFt: spearman(bnsFt, standalone).rho,
    cells: scored,
  };
}
