/**
 * What a CIFAR-10 source is, by content: the sha256 of its files, never the place they lie. A unit's key names its
 * data this way, so stores made on machines with other paths merge, and a unit can check it loads what its key names.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CIFAR_TEST_BATCH, CIFAR_TRAIN_BATCHES } from './cifar-binary.js';
import { EMBEDDED_CIFAR10, type LoadCifar10Options } from './dataset.js';

/** Where CIFAR-10 lies on this machine (the places `loadCifar10` reads). */
export type Cifar10Location = Pick<LoadCifar10Options, 'binaryDir' | 'jpegTarball'>;

/** `official-binary sha256:<hex>` over the six batch files in order, or `jpeg-tarball sha256:<hex>` of the tarball. */
export function cifar10Identity(location: Cifar10Location): string {
  const hash = createHash('sha256');
  if (location.binaryDir) {
    for (const file of [...CIFAR_TRAIN_BATCHES, CIFAR_TEST_BATCH]) hash.update(readFileSync(join(location.binaryDir, file)));
    return `official-binary sha256:${hash.digest('hex')}`;
  }
  hash.update(readFileSync(location.jpegTarball ?? EMBEDDED_CIFAR10));
  return `jpeg-tarball sha256:${hash.digest('hex')}`;
}
