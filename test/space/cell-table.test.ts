import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_VERSION, loadCellTable, NASBENCH_CELLS, spaceSizes } from '../../src/space/cell-table.js';
import { cellHash } from '../../src/space/hash.js';
import { readContainer } from '../../src/io/container.js';
import { inSpace, SPACE_NAMES } from '../../src/space/spaces.js';
import { HASH_VECTORS } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'ws-repro-space-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cell table', () => {
  const table = loadCellTable({ cacheDir: dir });

  it('writes a versioned cache atomically and reads it back identically', () => {
    expect(readdirSync(dir)).toEqual([`cells-v${CACHE_VERSION}.bin`]); // no temporary file left behind
    const { meta } = readContainer(join(dir, `cells-v${CACHE_VERSION}.bin`), { format: 'ws-repro/cells', version: CACHE_VERSION });
    expect(meta).toEqual({ cells: NASBENCH_CELLS });
    const again = loadCellTable({ cacheDir: dir });
    expect(again === table).toBe(false);
    // Byte comparison: a deep toEqual over 423,624 elements takes tens of seconds.
    const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(Buffer.compare(bytes(again.structures), bytes(table.structures))).toBe(0);
    expect(Buffer.compare(bytes(again.ops), bytes(table.ops))).toBe(0);
  });

  it('rebuilds a foreign or damaged cache, never serving a flipped bit', () => {
    const other = mkdtempSync(join(tmpdir(), 'ws-repro-space-'));
    const file = join(other, `cells-v${CACHE_VERSION}.bin`);
    writeFileSync(file, 'not a table');
    expect(loadCellTable({ cacheDir: other }).size).toBe(NASBENCH_CELLS);
    const intact = readFileSync(file);
    const flipped = Buffer.from(intact);
    flipped[flipped.length - 1] ^= 0x40; // an op bit of the last cell
    writeFileSync(file, flipped);
    const rebuilt = loadCellTable({ cacheDir: other });
    expect(rebuilt.cell(NASBENCH_CELLS - 1)).toEqual(table.cell(NASBENCH_CELLS - 1));
    expect(readFileSync(file).equals(intact)).toBe(true);
    rmSync(other, { recursive: true, force: true });
  });

  it('gives the seven space sizes, consistent with per-cell membership', () => {
    const sizes = spaceSizes(table);
    // Afull is NAS-Bench-101's 423,624; A1..A4 partition it with the single input->output-only cell (0 hidden
    // vertices feed the output; 5 would need 10 edges). Paper 5.3: A2 about 200,000 and about twice A3.
    expect(sizes.Afull).toBe(NASBENCH_CELLS);
    expect(sizes.A1 + sizes.A2 + sizes.A3 + sizes.A4 + 1).toBe(NASBENCH_CELLS);
    expect(sizes.Ares + sizes.Anres).toBe(NASBENCH_CELLS);
    expect(sizes.A2 / sizes.A3).toBeCloseTo(2.2, 1);
    // Values of this enumeration, pinned so that a change shows; the sums above are the independent checks.
    expect(sizes).toEqual({ A1: 120933, A2: 201441, A3: 90782, A4: 10467, Afull: 423624, Ares: 81020, Anres: 342604 });
    for (let i = 0; i < table.size; i += 997) {
      for (const s of SPACE_NAMES) expect(table.inSpace(s, i)).toBe(inSpace(s, table.cell(i)));
    }
  });

  it('finds a cell by its canonical form, whatever its numbering', () => {
    for (const v of HASH_VECTORS.slice(0, 50)) {
      const i = table.indexOfCell(v);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(cellHash(table.cell(i))).toBe(v.hash);
    }
    expect(table.indexOfCell({ matrix: [[0, 1], [0, 0]], ops: ['input', 'output'] })).toBeGreaterThanOrEqual(0);
  });
});
