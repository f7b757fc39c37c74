/**
 * CIFAR-10 for ws-repro: the official binary release when the user points at it, else a JPEG tarball (the embedded
 * subset by default), split as NAS-Bench-101 does, with the source recorded for the reports.
 */
import { statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCifarBinaryDir } from './cifar-binary.js';
import { readCifarJpegTarball } from './cifar-jpeg.js';
import { readImageCache, writeImageCache } from './image-cache.js';
import type { ImageSet } from './images.js';
import { splitClassTails } from './split.js';
import { sha256Hex } from '../io/sha256.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The class-balanced JPEG subset shipped with ws-repro (data/cifar10/README.md). */
export const EMBEDDED_CIFAR10 = join(REPO, 'data', 'cifar10', 'cifar10-jpeg-subset.tar.gz');
export const DEFAULT_CACHE_DIR = join(REPO, '.cache', 'cifar10');

/** Images in the full training set; fewer means a subset. */
const FULL_TRAIN = 50_000;
/** NAS-Bench-101 holds out 10,000 of the 50,000 training images for validation. */
export const VALIDATION_FRACTION = 10_000 / 50_000;

export type Cifar10Source = 'official-binary' | 'jpeg-full' | 'jpeg-subset';

export interface Cifar10Dataset {
  readonly source: Cifar10Source;
  /** The folder or tarball read. */
  readonly path: string;
  /** How validation was split off (for the report). */
  readonly split: string;
  /** True when the decoded images came from the cache. */
  readonly fromCache: boolean;
  readonly train: ImageSet;
  readonly validation: ImageSet;
  readonly test: ImageSet;
}

export interface LoadCifar10Options {
  /** A `cifar-10-batches-bin` folder: takes precedence over any JPEG source. */
  readonly binaryDir?: string;
  /** A CIFAR-10 JPEG tarball; default the embedded subset. */
  readonly jpegTarball?: string;
  /** Where decoded JPEG sets are cached; `null` disables the cache. Default `<repo>/.cache/cifar10`. */
  readonly cacheDir?: string | null;
}

export async function loadCifar10(options: LoadCifar10Options = {}): Promise<Cifar10Dataset> {
  if (options.binaryDir) {
    const path = resolve(options.binaryDir);
    return {
      source: 'official-binary',
      path,
      split: 'NAS-Bench-101: train data_batch_1..4 (40,000), validation data_batch_5 (10,000), test test_batch',
      fromCache: false,
      ...readCifarBinaryDir(path),
    };
  }
  const path = resolve(options.jpegTarball ?? EMBEDDED_CIFAR10);
  const { mtimeMs, size } = statSync(path);
  const key = JSON.stringify({ path, size, mtimeMs });
  const cacheDir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const cacheFile = cacheDir
    ? join(cacheDir, `${basename(path).replace(/\W+/g, '-')}-${sha256Hex(key).slice(0, 12)}.bin`)
    : null;
  const cached = cacheFile ? readImageCache(cacheFile, key) : null;
  const decoded = cached && cached.train && cached.test ? { train: cached.train, test: cached.test } : await readCifarJpegTarball(path);
  if (cacheFile && !cached) writeImageCache(cacheFile, key, decoded);
  const { train, validation } = splitClassTails(decoded.train, VALIDATION_FRACTION);
  return {
    source: decoded.train.count >= FULL_TRAIN ? 'jpeg-full' : 'jpeg-subset',
    path,
    split: 'last 20% of each class (by file number) of the JPEG training images as validation, approximating ' +
      "NAS-Bench-101's data_batch_5; test apart",
    fromCache: cached !== null,
    train,
    validation,
    test: decoded.test,
  };
}
