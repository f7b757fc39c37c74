import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/space/cell.js';
import {
  NASBENCH_CONFIG,
  countParameters,
  modulePlan,
  standaloneVariableShapes,
  vertexChannels,
} from '../../src/nn/architecture.js';

interface Vector extends Cell {
  readonly hash: string;
  readonly trainable_parameters: number;
}
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/nasbench101/hash_vectors.json', import.meta.url), 'utf8'),
) as { vectors: Vector[] };

describe('standalone network parameter count', () => {
  it('equals NAS-Bench-101 trainable_parameters for all 200 fixture cells (128 filters, 3x3 cells)', () => {
    // Expected values: the benchmark file's trainable_parameters, copied into the fixture.
    for (const v of fixture.vectors) {
      expect(countParameters(standaloneVariableShapes(v, NASBENCH_CONFIG)), v.hash).toBe(v.trainable_parameters);
    }
  });
});

describe('vertexChannels', () => {
  it('splits 128 output channels over three output vertices as [43, 43, 42] (model_builder.py remainder rule)', () => {
    // input -> 1, 2, 3 -> output: 128 = 43 + 43 + 42, the first vertices get the remainder.
    const m = [
      [0, 1, 1, 1, 0],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
    ];
    expect(vertexChannels(64, 128, m)).toEqual([64, 43, 43, 42, 128]);
  });
  it('gives an interior vertex the maximum of its successors', () => {
    // 1 -> 2 -> output and 1 -> 3 -> output, 3 -> output: 1 feeds 2 (gets 64) and 3 (gets 64).
    const m = [
      [0, 1, 0, 0, 0],
      [0, 0, 1, 1, 0],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
    ];
    expect(vertexChannels(16, 128, m)).toEqual([16, 64, 64, 64, 128]);
  });
});

describe('modulePlan', () => {
  it('doubles channels at each down-sampling stack', () => {
    const plan = modulePlan({ ...NASBENCH_CONFIG, initialFilters: 16 });
    expect(plan.map((p) => [p.inChannels, p.outChannels, p.downsample])).toEqual([
      [16, 16, false], [16, 16, false], [16, 16, false],
      [16, 32, true], [32, 32, false], [32, 32, false],
      [32, 64, true], [64, 64, false], [64, 64, false],
    ]);
  });
});
