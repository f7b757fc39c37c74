/**
 * The one mini-batch the data proxies read, as NASLib draws it (`dataload = 'random'`, one batch): `count` training
 * images in a seeded random order, without augmentation, down-sampled to the network's input size when the
 * network is a reduced one, normalised as the trainer normalises.
 */
import { batches, type Batch } from '../../data/batches.js';
import { downsampleImages } from '../../data/downsample.js';
import type { ImageSet } from '../../data/images.js';
import { derivedRandom } from '../../random.js';

export function zeroCostBatch(train: ImageSet, count: number, inputSize: number, seed: number): Batch {
  if (!Number.isInteger(count) || count < 2) throw new RangeError(`zero-cost batch: ${count} images; need an integer >= 2`);
  if (count > train.count) throw new RangeError(`zero-cost batch: ${count} images asked, the training set has ${train.count}`);
  const set = train.size === inputSize ? train : downsampleImages(train, train.size / inputSize);
  const first = batches(set, { batchSize: count, random: derivedRandom(seed, 'zero-cost batch'), shuffle: true }).next();
  if (first.done) throw new Error('zero-cost batch: empty training set');
  return first.value;
}
