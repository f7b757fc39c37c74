/**
 * Proxy evaluation of architectures with a trained super-net (paper section 4.2): accuracy on held-out images,
 * either with the super-net's shared running statistics (no-ft) or with batch-norm statistics re-estimated for
 * the architecture from k training mini-batches (bns-ft; k = 1 in the paper), and the check that a super-net
 * has not failed (every architecture scoring the same, or no better than chance).
 */
import * as tf from '@tensorflow/tfjs';
import type { Cell } from '../space/cell.js';
import { checkBatch, imagesTensor, microBatches, type Batch } from './batch.js';
import { BnStatsCollector } from './bn-stats.js';
import type { Model } from './model.js';

export type ProxyMode = 'no-ft' | 'bns-ft';

export interface ProxyOptions {
  /** Training mini-batches for bns-ft (the paper: one batch of 256). */
  readonly calibration: readonly Batch[];
  /** Images per forward pass when scoring (memory only; the result does not depend on it). */
  readonly chunk?: number;
}

/**
 * Fraction of `heldOut` that `cell`'s sub-network classifies correctly. Async because the count is read with
 * `data()`: a GPU backend (webgpu) cannot read synchronously in Node.
 */
export async function proxyAccuracy(
  model: Model,
  cell: Cell,
  heldOut: Batch,
  mode: ProxyMode,
  options: ProxyOptions,
): Promise<number> {
  checkBatch(heldOut, 'proxyAccuracy held-out data', model.config.inputSize);
  const stats = new BnStatsCollector();
  try {
    if (mode === 'bns-ft') {
      if (options.calibration.length === 0) {
        throw new Error('proxyAccuracy: bns-ft needs at least one calibration batch');
      }
      for (const batch of options.calibration) {
        checkBatch(batch, 'proxyAccuracy calibration data', model.config.inputSize);
        tf.tidy(() => {
          model.logits(cell, imagesTensor(batch), { mode: 'calibrate', stats });
        });
      }
    }
    const counts = microBatches(heldOut, options.chunk ?? heldOut.count).map((part) =>
      tf.tidy(() => {
        const logits = model.logits(cell, imagesTensor(heldOut, part.start, part.count), { mode: 'eval', stats });
        const labels = tf.tensor1d(heldOut.labels.subarray(part.start, part.start + part.count), 'int32');
        return tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), labels), 'int32'));
      }),
    );
    const total = tf.addN(counts);
    const correct = (await total.data())[0];
    tf.dispose([total, ...counts]);
    return correct / heldOut.count;
  } finally {
    stats.dispose();
  }
}

export interface ProxyScores {
  readonly cells: readonly Cell[];
  readonly accuracies: Readonly<Partial<Record<ProxyMode, readonly number[]>>>;
}

/** Proxy accuracies of many cells in the requested modes; `onCell` reports progress (cells done). */
export async function proxyAccuracies(
  model: Model,
  cells: readonly Cell[],
  heldOut: Batch,
  modes: readonly ProxyMode[],
  options: ProxyOptions & { onCell?: (done: number) => void },
): Promise<ProxyScores> {
  const accuracies: Partial<Record<ProxyMode, number[]>> = {};
  for (const mode of modes) accuracies[mode] = [];
  for (const [i, cell] of cells.entries()) {
    for (const mode of modes) accuracies[mode]!.push(await proxyAccuracy(model, cell, heldOut, mode, options));
    options.onCell?.(i + 1);
  }
  return { cells, accuracies };
}

export type SuperNetHealth = { readonly failed: false } | { readonly failed: true; readonly reason: string };

/**
 * A failed super-net: all architectures score the same (no ranking information), or their mean accuracy is within
 * three binomial standard errors of chance (1 / labels) for `images` held-out images.
 */
export function superNetHealth(accuracies: readonly number[], numLabels: number, images: number): SuperNetHealth {
  if (accuracies.length === 0) throw new Error('superNetHealth: no proxy accuracies');
  const min = Math.min(...accuracies);
  const max = Math.max(...accuracies);
  if (accuracies.length > 1 && max - min < 0.5 / images) {
    return { failed: true, reason: `all ${accuracies.length} architectures score ${min.toFixed(4)}` };
  }
  const chance = 1 / numLabels;
  const mean = accuracies.reduce((a, b) => a + b, 0) / accuracies.length;
  const threshold = chance + 3 * Math.sqrt((chance * (1 - chance)) / images);
  if (mean <= threshold) {
    return {
      failed: true,
      reason:
        `mean proxy accuracy ${mean.toFixed(4)} is at chance level ` +
        `(<= ${threshold.toFixed(4)} for ${numLabels} labels, ${images} images)`,
    };
  }
  return { failed: false };
}
