/**
 * A binary cache of decoded image sets, so later runs skip JPEG decoding (measured on a loaded 2-core machine:
 * 12 s for the embedded subset, 53 s for the full set; 0.5 s and 2 s from the cache). Kept in the checksummed
 * container (io/container.ts): meta {key, sets: [{name, count, size}]}, a pixels and a labels section per set.
 * A file of another key or version is ignored, a damaged one is reported and ignored; the caller rewrites both.
 */
import { existsSync } from 'node:fs';
import { ContainerReader, writeContainer } from '../io/container.js';
import { FileError } from '../io/file-error.js';
import { imageBytes, type ImageSet } from './images.js';

/** Bump when the decoding changes (2: the checksummed container). */
export const IMAGE_CACHE_VERSION = 2;
const FORMAT = { format: 'ws-repro/decoded-images', version: IMAGE_CACHE_VERSION } as const;

interface Meta {
  readonly key: string;
  readonly sets: readonly { readonly name: string; readonly count: number; readonly size: number }[];
}

/** The cached sets for `key`, or null if the file is missing, of another version or key, or damaged. */
export function readImageCache(path: string, key: string): Record<string, ImageSet> | null {
  if (!existsSync(path)) return null;
  let reader: ContainerReader;
  try {
    reader = ContainerReader.open(path, FORMAT);
  } catch (error) {
    if (error instanceof FileError && /damaged|truncated/.test(error.problem)) process.stderr.write(`${error.message}; decoding the images again\n`);
    return null;
  }
  try {
    const meta = reader.meta as Meta;
    if (meta.key !== key) return null;
    const sets: Record<string, ImageSet> = {};
    for (const { name, count, size } of meta.sets) {
      const pixels = reader.read(`${name}/pixels`);
      const labels = reader.read(`${name}/labels`);
      if (pixels.length !== count * imageBytes(size) || labels.length !== count) throw new FileError(path, `damaged: set ${name} has the wrong size`);
      sets[name] = { count, size, pixels, labels };
    }
    return sets;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}; decoding the images again\n`);
    return null;
  } finally {
    reader.close();
  }
}

export function writeImageCache(path: string, key: string, sets: Record<string, ImageSet>): void {
  const meta: Meta = { key, sets: Object.entries(sets).map(([name, s]) => ({ name, count: s.count, size: s.size })) };
  const sections = new Map<string, ArrayBufferView>(Object.entries(sets).flatMap(([name, s]) => [[`${name}/pixels`, s.pixels], [`${name}/labels`, s.labels]]));
  writeContainer(path, { ...FORMAT, meta, sections });
}
