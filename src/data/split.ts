/**
 * Held-out splits and class-balanced subsets, deterministic (no randomness: a split is part of the protocol).
 */
import { CIFAR10_CLASSES, selectImages, type ImageSet } from './images.js';

function indicesByClass(set: ImageSet): number[][] {
  const byClass: number[][] = CIFAR10_CLASSES.map(() => []);
  for (let i = 0; i < set.count; i++) byClass[set.labels[i]].push(i);
  return byClass;
}

/**
 * Splits off the last `fraction` of each class (in set order) as validation. For the JPEG copy of CIFAR-10, whose
 * files are numbered per class in release order, the last 20% of each class stands in for NAS-Bench-101's
 * validation batch (data_batch_5, the last 10,000 training images, about 1,000 per class): the file names do not
 * say which batch an image came from, so the split is class-balanced and approximately, not exactly, the same.
 */
export function splitClassTails(set: ImageSet, fraction: number): { train: ImageSet; validation: ImageSet } {
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`validation fraction ${fraction} outside (0, 1)`);
  const train: number[] = [];
  const validation: number[] = [];
  for (const indices of indicesByClass(set)) {
    const cut = indices.length - Math.round(indices.length * fraction);
    train.push(...indices.slice(0, cut));
    validation.push(...indices.slice(cut));
  }
  return { train: selectImages(set, train.sort((a, b) => a - b)), validation: selectImages(set, validation.sort((a, b) => a - b)) };
}

/**
 * The first `count` images of the set with classes balanced: the first count/10 of each class, kept in set order
 * (for the small profiles' training and held-out sets). Throws if a class has too few images.
 */
export function takeBalanced(set: ImageSet, count: number): ImageSet {
  const classes = CIFAR10_CLASSES.length;
  if (!Number.isInteger(count) || count <= 0 || count % classes !== 0) {
    throw new RangeError(`takeBalanced: count ${count} is not a positive multiple of ${classes}`);
  }
  const perClass = count / classes;
  const chosen: number[] = [];
  indicesByClass(set).forEach((indices, label) => {
    if (indices.length < perClass) {
      throw new RangeError(`takeBalanced: class ${CIFAR10_CLASSES[label]} has ${indices.length} images, need ${perClass}`);
    }
    chosen.push(...indices.slice(0, perClass));
  });
  return selectImages(set, chosen.sort((a, b) => a - b));
}
