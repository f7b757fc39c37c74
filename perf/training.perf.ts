/**
 * Training and proxy-evaluation throughput of src/nn per available backend (cpu, wasm, webgpu on whatever adapter
 * Dawn offers, SwiftShader included when nothing else; the native tfjs-node(-gpu) where installed), at the smoke
 * size (A4 cells, 16x16 images, 8 initial filters, 3 stacks of 1 cell) and the paper's super-net size (32x32, 16
 * filters, 3 stacks of 3 cells; a few steps only), the super-net's step time over the standalone network's for the
 * same cell, and the backends' throughput ratios, all measured in the same run. Synthetic images: throughput does
 * not depend on pixel values. Steps are awaited (the loss is read back), so a GPU's queued work is inside the time.
 */
import * as tf from '@tensorflow/tfjs';
import { derivedRandom } from '../src/random.js';
import type { Cell } from '../src/space/cell.js';
import { loadCellTable } from '../src/space/cell-table.js';
import { uniformSampler } from '../src/space/sampler.js';
import type { NetworkConfig } from '../src/nn/architecture.js';
import { BACKEND_NAMES, selectBackend, type BackendInfo } from '../src/nn/backend.js';
import type { Batch } from '../src/nn/batch.js';
import type { Model } from '../src/nn/model.js';
import { StandaloneNetwork } from '../src/nn/network.js';
import { proxyAccuracy } from '../src/nn/proxy.js';
import { SuperNet } from '../src/nn/supernet.js';
import { PAPER_TRAINING, Trainer } from '../src/nn/trainer.js';

interface Size {
  readonly name: 'smoke' | 'paper';
  readonly config: NetworkConfig;
  /** Images per step and timed steps, per backend speed class (cpu and emulated WebGPU are ~20x slower than wasm). */
  readonly batch: { fast: number; slow: number };
  readonly steps: { fast: number; slow: number };
  readonly heldOut: number;
}

const SIZES: readonly Size[] = [
  {
    name: 'smoke',
    config: { initialFilters: 8, stacks: 3, cellsPerStack: 1, numLabels: 10, inputSize: 16 },
    batch: { fast: 256, slow: 32 },
    steps: { fast: 5, slow: 3 },
    heldOut: 500,
  },
  {
    name: 'paper',
    config: { initialFilters: 16, stacks: 3, cellsPerStack: 3, numLabels: 10, inputSize: 32 },
    batch: { fast: 64, slow: 8 },
    steps: { fast: 3, slow: 1 },
    heldOut: 128,
  },
];

function randomBatch(count: number, size: number, seed: number): Batch {
  const random = derivedRandom(seed, 'bench-batch');
  const images = new Float32Array(count * size * size * 3);
  for (let i = 0; i < images.length; i++) images[i] = random() * 2 - 1;
  const labels = Int32Array.from({ length: count }, () => Math.floor(random() * 10));
  return { images, labels, count, size };
}

function trainer(model: Model, sample: (r: () => number) => Cell, batch: Batch): Trainer {
  return new Trainer(model, sample, () => batch, { ...PAPER_TRAINING, totalSteps: 1000, stepsPerEpoch: 100, seed: 1 });
}

interface StepTime {
  readonly wall: number;
  /** CPU seconds of this process (user + system): what the step costs when no other process competes. */
  readonly cpu: number;
}

async function timed(step: () => Promise<unknown>): Promise<StepTime> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  await step();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: (performance.now() - start) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Median wall and CPU seconds per step of each trainer, after one untimed warm-up step each; steps alternate
 * between the trainers so that load from other processes hits all of them alike.
 */
async function interleavedStepSeconds(trainers: readonly Trainer[], steps: number): Promise<StepTime[]> {
  for (const t of trainers) await t.trainStep();
  const times = trainers.map(() => [] as StepTime[]);
  for (let i = 0; i < steps; i++) {
    for (const [k, t] of trainers.entries()) times[k].push(await timed(() => t.trainStep()));
  }
  return times.map((ts) => ({ wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) }));
}

async function measure(backend: BackendInfo, size: Size, cells: readonly Cell[]): Promise<Record<string, unknown>> {
  const speed = backend.name === 'cpu' || backend.adapter?.emulated ? 'slow' : 'fast';
  const batch = randomBatch(size.batch[speed], size.config.inputSize, 1);
  const steps = size.steps[speed];
  const superNet = new SuperNet(size.config, 1);
  const cell = cells[0];
  const standalone = new StandaloneNetwork(cell, size.config, 1);
  // Single-path training over uniformly drawn A4 cells; the first of them through the super-net and through
  // its standalone network.
  const trainers = [
    trainer(superNet, (r) => cells[Math.floor(r() * cells.length)], batch),
    trainer(superNet, () => cell, batch),
    trainer(standalone, () => cell, batch),
  ];
  const [uniform, superOne, alone] = await interleavedStepSeconds(trainers, steps);
  for (const t of trainers) t.dispose();
  standalone.dispose();
  const heldOut = randomBatch(size.heldOut, size.config.inputSize, 2);
  const calibration = [batch];
  const proxyCells = cells.slice(0, speed === 'slow' ? 1 : 3);
  const perMode: Record<string, number> = {};
  for (const mode of ['no-ft', 'bns-ft'] as const) {
    await proxyAccuracy(superNet, proxyCells[0], heldOut, mode, { calibration, chunk: 128 });
    const start = performance.now();
    for (const c of proxyCells) await proxyAccuracy(superNet, c, heldOut, mode, { calibration, chunk: 128 });
    perMode[mode] = proxyCells.length / ((performance.now() - start) / 1000);
  }
  superNet.dispose();
  return {
    batch: batch.count,
    timedStepsPerModel: steps,
    trainImagesPerSecond: batch.count / uniform.wall,
    trainImagesPerCpuSecond: batch.count / uniform.cpu,
    superNetStepSeconds: superOne.wall,
    standaloneStepSeconds: alone.wall,
    superNetOverStandalone: superOne.wall / alone.wall,
    superNetOverStandaloneCpu: superOne.cpu / alone.cpu,
    proxyHeldOutImages: heldOut.count,
    proxyCalibrationImages: batch.count,
    proxyCellsPerSecond: perMode,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const table = loadCellTable();
  const sampler = uniformSampler(table, 'A4');
  const random = derivedRandom(1, 'bench-cells');
  const cells = Array.from({ length: 8 }, () => sampler.sample(random));
  const only = process.env.WS_REPRO_BENCH_BACKENDS?.split(',');
  const out: Record<string, unknown> = {
    note: 'taken on a shared machine; other processes competing for the cores lower every figure',
  };
  const imagesPerSecond: Record<string, Partial<Record<Size['name'], number>>> = {};
  for (const name of BACKEND_NAMES) {
    if (only && !only.includes(name)) continue;
    let backend: BackendInfo;
    try {
      backend = await selectBackend({ prefer: name, log: null });
    } catch (error) {
      out[name] = { available: false, reason: (error as Error).message };
      continue;
    }
    const figures: Record<string, Record<string, unknown>> = {};
    imagesPerSecond[name] = {};
    for (const size of SIZES) {
      if (size.name === 'paper' && backend.adapter?.emulated) {
        // Measured once on SwiftShader (2 shared cores): over 7 minutes without finishing a paper-size step set.
        figures[size.name] = { skipped: 'emulated adapter: minutes per paper-size step, no figure worth the wait' };
        continue;
      }
      figures[size.name] = await measure(backend, size, cells);
      imagesPerSecond[name][size.name] = figures[size.name].trainImagesPerSecond as number;
      process.stderr.write(`training bench ${backend.description} ${size.name}: ${JSON.stringify(figures[size.name])}\n`);
    }
    out[name] = { available: true, backend: backend.description, gpu: backend.gpu, tensorsLeft: tf.memory().numTensors, ...figures };
  }
  out.trainImagesPerSecondRatios = ratios(imagesPerSecond);
  return out;
}

/** Training throughput of every measured backend over every other's, per size ("webgpu/cpu": webgpu is k times as fast). */
function ratios(imagesPerSecond: Record<string, Partial<Record<Size['name'], number>>>): Record<string, Record<string, number>> {
  const names = Object.keys(imagesPerSecond);
  const out: Record<string, Record<string, number>> = {};
  for (const a of names) {
    for (const b of names) {
      if (a === b) continue;
      const perSize: Record<string, number> = {};
      for (const size of SIZES) {
        const x = imagesPerSecond[a][size.name];
        const y = imagesPerSecond[b][size.name];
        if (x !== undefined && y !== undefined) perSize[size.name] = x / y;
      }
      out[`${a}/${b}`] = perSize;
    }
  }
  return out;
}
