import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/space/cell.js';
import {
  NASBENCH_CONFIG,
  countParameters,
  modulePlan,
  standaloneVariableShapes,
} from '../../src/nn/architecture.js';
import { trainableParameters } from '../../src/space/parameters.js';

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
  it("equals the space's trainableParameters at other sizes (16 and 8 filters, 1-3 stacks and cells)", () => {
    for (const size of [
      { initialFilters: 16, stacks: 3, cellsPerStack: 3, numLabels: 10 },
      { initialFilters: 8, stacks: 3, cellsPerStack: 1, numLabels: 10 },
      { initialFilters: 4, stacks: 2, cellsPerStack: 2, numLabels: 3 },
    ]) {
      for (const v of fixture.vectors) {
        expect(countParameters(standaloneVariableShapes(v, { ...size, inputSize: 16 })), v.hash).toBe(trainableParameters(v, size));
      }
    }
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
