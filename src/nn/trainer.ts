/**
 * Training as NAS-Bench-101 and the paper (section 4.2): RMSProp (TF form), cosine decay of the learning rate to 0,
 * L2 weight decay in the loss, one sampled cell per mini-batch (single-path), or the gradient averaged over k
 * sampled cells on the same mini-batch (avg-k), gradient accumulation over micro-batches where memory needs it.
 * Checkpoints hold the weights, the optimiser slots, the step and the sampler's RNG state, so a resumed run equals
 * an uninterrupted one (the batch source is a function of the step).
 */
import * as tf from '@tensorflow/tfjs';
import seedrandom from 'seedrandom';
import type { Cell } from '../space/cell.js';
import { derivedRandom, type Random, type StatefulRandom } from '../random.js';
import { checkBatch, imagesTensor, microBatches, type BatchSource } from './batch.js';
import { existsSync } from 'node:fs';
import { FileError } from '../io/file-error.js';
import { setAside } from '../io/set-aside.js';
import { readCheckpoint, writeCheckpoint } from './checkpoint.js';
import type { Model } from './model.js';
import { PAPER_RMSPROP, RmsProp, type RmsPropConfig } from './rmsprop.js';

/** Draws the architecture of the next step (uniform or pro-rata samplers of src/space, or a fixed cell). */
export type SampleCell = (random: Random) => Cell;

export interface TrainingConfig {
  /** Length of the cosine schedule, in optimiser steps. */
  readonly totalSteps: number;
  /** For the progress display only. */
  readonly stepsPerEpoch: number;
  readonly learningRate: number;
  readonly weightDecay: number;
  readonly optimizer: RmsPropConfig;
  /** Cells whose gradients are averaged per step: 1 = single-path, 3 = the paper's avg-3. */
  readonly avgK: number;
  /** Images per forward pass; a larger batch is accumulated over micro-batches. Default: the whole batch. */
  readonly microBatch?: number;
  /** Seeds the cell-sampling stream. */
  readonly seed: number;
}

/** The paper's hyper-parameters (section 4.2, from NAS-Bench-101). */
export const PAPER_TRAINING = {
  learningRate: 0.2,
  weightDecay: 1e-4,
  optimizer: PAPER_RMSPROP,
  avgK: 1,
} as const;

export interface ProgressInfo {
  readonly epoch: number;
  readonly step: number;
  readonly totalSteps: number;
  readonly loss: number;
  readonly learningRate: number;
  readonly imagesPerSecond: number;
  readonly etaSeconds: number;
}

export type ProgressCallback = (info: ProgressInfo) => void;

export interface StepReport {
  readonly step: number;
  /** Cross-entropy + weight decay, averaged over the batch and the k cells. */
  readonly loss: number;
  readonly learningRate: number;
  readonly cells: readonly Cell[];
  readonly images: number;
}

/** Cosine decay to 0 over `totalSteps` (COSINE_BY_STEP of NAS-Bench-101). */
export function cosineLearningRate(base: number, step: number, totalSteps: number): number {
  return 0.5 * base * (1 + Math.cos((Math.PI * Math.min(step, totalSteps)) / totalSteps));
}

interface CheckpointMeta {
  readonly step: number;
  readonly random: seedrandom.State.Alea;
  readonly config: TrainingConfig;
}

export class Trainer {
  private readonly optimizer: RmsProp;
  private random: StatefulRandom;
  private stepIndex = 0;

  constructor(
    readonly model: Model,
    readonly sampleCell: SampleCell,
    readonly batches: BatchSource,
    readonly config: TrainingConfig,
  ) {
    if (!(config.avgK >= 1) || !Number.isInteger(config.avgK)) {
      throw new Error(`Trainer: avgK must be a positive integer, got ${config.avgK}`);
    }
    this.optimizer = new RmsProp(config.optimizer);
    this.random = derivedRandom(config.seed, 'cells');
  }

  get step(): number {
    return this.stepIndex;
  }

  /** Async because the loss is read with `data()`: a GPU backend (webgpu) cannot read synchronously in Node. */
  async trainStep(): Promise<StepReport> {
    const step = this.stepIndex;
    const { config, model } = this;
    const learningRate = cosineLearningRate(config.learningRate, step, config.totalSteps);
    const batch = this.batches(step);
    checkBatch(batch, `Trainer step ${step}`, model.config.inputSize);
    const cells = Array.from({ length: config.avgK }, () => this.sampleCell(this.random));
    const sums = new Map<string, tf.Tensor>();
    const touched = new Map<string, tf.Variable>();
    const losses: tf.Tensor[] = [];
    for (const cell of cells) {
      const variables = model.trainableVariables(cell);
      for (const [name, v] of variables) touched.set(name, v);
      for (const part of microBatches(batch, config.microBatch ?? batch.count)) {
        const weight = part.count / batch.count / cells.length;
        tf.tidy(() => {
          const x = imagesTensor(batch, part.start, part.count);
          const labels = tf.tensor1d(batch.labels.subarray(part.start, part.start + part.count), 'int32');
          const y = tf.oneHot(labels, model.config.numLabels);
          const { value, grads } = tf.variableGrads(() => {
            const used: tf.Tensor[] = [];
            const logits = model.logits(cell, x, { mode: 'train', used });
            const l2 = tf.mul(tf.addN(used.map((w) => tf.sum(tf.square(w)))), 0.5 * config.weightDecay);
            return tf.add(tf.losses.softmaxCrossEntropy(y, logits), l2) as tf.Scalar;
          }, [...variables.values()]);
          losses.push(tf.keep(tf.mul(value, weight)));
          for (const [name, v] of variables) {
            const g = grads[v.name];
            if (!g) continue;
            const scaled = weight === 1 ? g : tf.mul(g, weight);
            const old = sums.get(name);
            sums.set(name, tf.keep(old ? tf.add(old, scaled) : scaled));
            if (old) old.dispose();
          }
        });
      }
    }
    this.optimizer.apply(touched, sums, learningRate);
    tf.dispose([...sums.values()]);
    this.stepIndex += 1;
    // Read after the update is queued, so that a GPU runs the whole step before the process waits for it.
    const total = tf.addN(losses);
    const loss = (await total.data())[0];
    tf.dispose([total, ...losses]);
    return { step, loss, learningRate, cells, images: batch.count };
  }

  /** Train up to step `until` (default: the end of the schedule), reporting progress and writing checkpoints. */
  async train(options: {
    until?: number;
    progress?: ProgressCallback;
    checkpoint?: { path: string; everySteps: number };
  } = {}): Promise<void> {
    const until = Math.min(options.until ?? this.config.totalSteps, this.config.totalSteps);
    const started = performance.now();
    let images = 0;
    const first = this.stepIndex;
    while (this.stepIndex < until) {
      const report = await this.trainStep();
      images += report.images;
      const seconds = (performance.now() - started) / 1000;
      const done = this.stepIndex - first;
      options.progress?.({
        epoch: this.stepIndex / this.config.stepsPerEpoch,
        step: this.stepIndex,
        totalSteps: until,
        loss: report.loss,
        learningRate: report.learningRate,
        imagesPerSecond: images / seconds,
        etaSeconds: (seconds / done) * (until - this.stepIndex),
      });
      const every = options.checkpoint?.everySteps ?? 0;
      if (options.checkpoint && every > 0 && (this.stepIndex % every === 0 || this.stepIndex === until)) {
        await this.saveCheckpoint(options.checkpoint.path);
      }
      // Let timers and I/O run between steps of a long training.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async saveCheckpoint(path: string): Promise<void> {
    const tensors = new Map<string, tf.Tensor>();
    for (const [name, v] of this.model.state()) tensors.set(`model/${name}`, v);
    for (const [name, v] of this.optimizer.state()) tensors.set(`opt/${name}`, v);
    const meta: CheckpointMeta = { step: this.stepIndex, random: this.random.state(), config: this.config };
    await writeCheckpoint(path, meta, tensors);
  }

  /**
   * Resume from the checkpoint at `path` when there is one. A damaged one (checksum, truncation, foreign file) is
   * never resumed from: it is set aside (kept, `<path>.damaged-<time>`) and training starts over. Returns a line
   * saying which happened, or undefined when there was no checkpoint.
   */
  resumeFrom(path: string): string | undefined {
    if (!existsSync(path)) return undefined;
    try {
      this.loadCheckpoint(path);
      return `resumed from its checkpoint at step ${this.step}`;
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      return `${error.message}; moved to ${setAside(path)}; training restarts from step 0`;
    }
  }

  /** Restores weights, optimiser slots, step and RNG state; the training configuration must be the same. */
  loadCheckpoint(path: string): void {
    const { meta, tensors } = readCheckpoint(path);
    try {
      const m = meta as CheckpointMeta;
      if (JSON.stringify(m.config) !== JSON.stringify(this.config)) {
        throw new Error(`loadCheckpoint ${path}: it was written with another training configuration`);
      }
      // Check everything before assigning anything, so a bad file leaves the model as it was.
      const state = this.model.state();
      const values = new Map<tf.Variable, tf.Tensor>();
      const slots = new Map<string, tf.Tensor>();
      for (const [key, t] of tensors) {
        if (key.startsWith('opt/')) {
          slots.set(key.slice('opt/'.length), t);
          continue;
        }
        const v = key.startsWith('model/') ? state.get(key.slice('model/'.length)) : undefined;
        if (!v) throw new Error(`loadCheckpoint ${path}: unknown tensor ${key}`);
        if (v.shape.join() !== t.shape.join()) {
          throw new Error(`loadCheckpoint ${path}: ${key} has shape [${t.shape}], the model [${v.shape}]`);
        }
        values.set(v, t);
      }
      for (const name of state.keys()) {
        if (!tensors.has(`model/${name}`)) throw new Error(`loadCheckpoint ${path}: no value for ${name}`);
      }
      for (const [v, t] of values) v.assign(t);
      this.optimizer.restore(slots);
      this.random = seedrandom.alea('', { state: m.random });
      this.stepIndex = m.step;
    } finally {
      tf.dispose([...tensors.values()]);
    }
  }

  dispose(): void {
    this.optimizer.dispose();
  }
}
