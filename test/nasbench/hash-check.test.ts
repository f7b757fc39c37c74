import { describe, expect, it } from 'vitest';
import { HashChecker } from '../../src/nasbench/hash-check.js';
import { randomCells } from '../../src/nasbench/official-format-generator.js';
import { derivedRandom } from '../../src/random.js';

// Hashes from randomCells are cellHash's own; hash_vectors tests (src/space) tie cellHash to NAS-Bench-101.
const cells = randomCells(derivedRandom(4, 'hash-check'), 5000);

describe('hash checker', () => {
  for (const workers of [0, 2]) {
    it(`finds no mismatch in correct batches, and the lowest-index one in wrong ones (${workers} workers)`, async () => {
      const good = new HashChecker(workers);
      cells.forEach(({ hash, cell }, i) => good.add(i, hash, cell));
      expect(await good.finish()).toBeNull();
      expect(good.workers).toBe(workers);

      const bad = new HashChecker(workers);
      // Wrong keys at records 4500 and 2000 (in different batches of 4,096): 2000 is reported.
      cells.forEach(({ hash, cell }, i) => bad.add(i, i === 4500 || i === 2000 ? cells[0].hash : hash, cell));
      expect(await bad.finish()).toEqual({ index: 2000, expected: cells[0].hash, actual: cells[2000].hash });
    });
  }
});
