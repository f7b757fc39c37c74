import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCellTable, NASBENCH_CELLS } from '../../src/space/cell-table.js';
import { trainableParameters } from '../../src/space/parameters.js';
import { HASH_VECTORS } from './fixtures.js';

// Hashing all 423,624 cells takes about a minute of CPU: WS_REPRO_SLOW=1 only.
describe.skipIf(!process.env.WS_REPRO_SLOW)('cell table hash index (slow)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ws-repro-space-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives 423,624 distinct official hashes and finds every fixture vector by hash', () => {
    const table = loadCellTable({ cacheDir: dir });
    table.hashIndex(); // throws if two cells share a hash
    expect(table.size).toBe(NASBENCH_CELLS);
    for (const v of HASH_VECTORS) {
      const i = table.indexOf(v.hash);
      expect(i, v.hash).toBeGreaterThanOrEqual(0);
      expect(table.hash(i)).toBe(v.hash);
      expect(trainableParameters(table.cell(i))).toBe(v.trainable_parameters);
    }
    expect(table.indexOf('0'.repeat(32))).toBe(-1);
    // The cached hash index reads back the same.
    const again = loadCellTable({ cacheDir: dir });
    expect(again.indexOf(HASH_VECTORS[7].hash)).toBe(table.indexOf(HASH_VECTORS[7].hash));
  }, 900_000);
});
