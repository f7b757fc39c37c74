/** The NAS-Bench-101 vectors of test/fixtures/nasbench101 (provenance in its README). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Cell } from '../../src/space/cell.js';

export interface HashVector extends Cell {
  readonly hash: string;
  readonly trainable_parameters: number;
}

const file = fileURLToPath(new URL('../fixtures/nasbench101/hash_vectors.json', import.meta.url));
export const HASH_VECTORS: readonly HashVector[] = (JSON.parse(readFileSync(file, 'utf8')) as { vectors: HashVector[] })
  .vectors;
