import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCache, writeCache } from '../../src/nasbench/cache.js';
import { packCell, unpackCell } from '../../src/space/packed.js';
import { HashIndex, bytesToHex, hexToBytes } from '../../src/nasbench/hash-index.js';
import { NasBenchTable } from '../../src/nasbench/table.js';
import { TableBuilder } from '../../src/nasbench/table-builder.js';
import { randomCells } from '../../src/nasbench/official-format-generator.js';
import { derivedRandom } from '../../src/random.js';

describe('packed cells', () => {
  it('round-trip every shape of random cells', () => {
    for (const { cell } of randomCells(derivedRandom(7, 'pack'), 300)) {
      const packed = packCell(cell);
      expect(unpackCell(packed.structure, packed.ops)).toEqual({ matrix: cell.matrix.map((r) => [...r]), ops: [...cell.ops] });
    }
  });

  it('reject unknown ops', () => {
    expect(() => packCell({ matrix: [[0, 1, 0], [0, 0, 1], [0, 0, 0]], ops: ['input', 'conv5x5' as never, 'output'] })).toThrow(/unknown op "conv5x5" at vertex 1/);
  });
});

describe('hash index', () => {
  const random = derivedRandom(3, 'hashes');
  const hexes = Array.from({ length: 5000 }, () =>
    Array.from({ length: 32 }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join(''),
  );
  const bytes = new Uint8Array(16 * hexes.length);
  hexes.forEach((h, i) => expect(hexToBytes(h, bytes, 16 * i)).toBe(true));
  const index = new HashIndex(bytes, hexes.length);

  it('finds every hash, upper case too, and gives -1 for others', () => {
    hexes.forEach((h, i) => expect(index.indexOf(h)).toBe(i));
    expect(index.indexOf(hexes[42].toUpperCase())).toBe(42);
    expect(index.indexOf('0'.repeat(32))).toBe(-1);
    expect(index.indexOf('not a hash')).toBe(-1);
    expect(index.indexOf(`${hexes[0].slice(0, 31)}g`)).toBe(-1);
    expect(bytesToHex(bytes, 16 * 7)).toBe(hexes[7]);
  });

  it('rejects duplicate hashes', () => {
    const twice = new Uint8Array(32);
    hexToBytes(hexes[0], twice, 0);
    hexToBytes(hexes[0], twice, 16);
    expect(() => new HashIndex(twice, 2)).toThrow(/duplicate hash/);
  });
});

describe('table builder', () => {
  const [a, b] = randomCells(derivedRandom(5, 'builder'), 2);
  const evaluation = (x: number) => [108, x, 1, x / 2, x / 4];

  it('keeps runs in arrival order, with NaN for absent runs, and float64 when a value is not a float32', () => {
    const builder = new TableBuilder();
    builder.add({ ...a, trainableParameters: 10, epochs: 108, evaluations: [evaluation(1)] });
    builder.add({ ...b, trainableParameters: 20, epochs: 108, evaluations: [evaluation(2)] });
    builder.add({ ...a, trainableParameters: 10, epochs: 108, evaluations: [evaluation(0.1)] });
    const table = new NasBenchTable(builder.build('official', 'test'));
    expect(table.budget(108).values).toBeInstanceOf(Float64Array); // 0.1 / 2 is not a float32
    expect(table.runs(table.indexOf(a.hash))).toBe(2);
    expect(table.runs(table.indexOf(b.hash))).toBe(1);
    expect(table.trainingTime(table.indexOf(a.hash), 1)).toBe(0.1);
    expect(table.meanValidationAccuracy(table.indexOf(a.hash))).toBe((0.5 + 0.05) / 2);
    expect(table.budget(108).values[((table.indexOf(b.hash) * 2 + 1) * 1 + 0) * 5]).toBeNaN();
    expect(() => table.testAccuracy(table.indexOf(b.hash), 1)).toThrow(/no run 1/);
    expect(() => table.budget(4)).toThrow(/no 4-epoch budget/);
  });

  it('stays float32 when every value is one', () => {
    const builder = new TableBuilder();
    builder.add({ ...a, trainableParameters: 10, epochs: 108, evaluations: [evaluation(0.5)] });
    expect(new NasBenchTable(builder.build('official', 'test')).budget(108).values).toBeInstanceOf(Float32Array);
  });

  it('rejects a hash seen with another cell or parameter count', () => {
    const builder = new TableBuilder();
    builder.add({ ...a, trainableParameters: 10, epochs: 108, evaluations: [evaluation(1)] });
    expect(() => builder.add({ hash: a.hash, cell: b.cell, trainableParameters: 10, epochs: 108, evaluations: [evaluation(1)] })).toThrow(
      /different cell/,
    );
    expect(() => builder.add({ ...a, trainableParameters: 11, epochs: 108, evaluations: [evaluation(1)] })).toThrow(/trainable_parameters 11/);
  });
});

describe('cache file', () => {
  // Regression: the header's own length moves the sections; sources of every length must round-trip
  // (a 9-character difference in the checkout path once shifted the hashes by 8 bytes).
  it('round-trips whatever the length of the source text', () => {
    const cells = randomCells(derivedRandom(9, 'cache'), 3);
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    for (let extra = 0; extra < 24; extra++) {
      const builder = new TableBuilder();
      cells.forEach((c, k) => builder.add({ ...c, trainableParameters: 100 + k, epochs: 108, evaluations: [[108, 1, 0.5, 0.25 * k, 0.125]] }));
      const columns = builder.build('subset', `source ${'x'.repeat(extra)}`);
      const path = join(dir, `t${extra}.bin`);
      writeCache(path, columns);
      const table = readCache(path);
      expect(cells.map((c) => table.indexOf(c.hash))).toEqual([0, 1, 2].map((k) => new NasBenchTable(columns).indexOf(cells[k].hash)));
      expect(table.hash(0)).toBe(new NasBenchTable(columns).hash(0));
      expect(table.runs(0)).toBe(1);
    }
  });
});
