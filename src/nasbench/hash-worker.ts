/** Worker side of hash-check.ts: the official hash of each cell of a batch, mismatches reported back. */
import { parentPort } from 'node:worker_threads';
import { cellHash } from '../space/hash.js';
import type { HashBatch, HashMismatch } from './hash-check.js';

parentPort!.on('message', (batch: HashBatch) => {
  const mismatches: HashMismatch[] = [];
  batch.cells.forEach((cell, k) => {
    const actual = cellHash(cell);
    if (actual !== batch.hashes[k]) mismatches.push({ index: batch.indices[k], expected: batch.hashes[k], actual });
  });
  parentPort!.postMessage(mismatches);
});
