import { describe, expect, it } from 'vitest';
import { pruneCell } from '../../src/space/prune.js';
import type { Cell } from '../../src/space/cell.js';
import { HASH_VECTORS } from './fixtures.js';

// Expected results worked by hand from nasbench model_spec.py ModelSpec._prune (keep vertices both reachable
// from the input and reaching the output).
describe('pruneCell', () => {
  it('keeps every NAS-Bench-101 cell unchanged (the benchmark stores pruned cells)', () => {
    for (const v of HASH_VECTORS) expect(pruneCell(v)).toBe(v);
  });
  it('drops a vertex that does not reach the output', () => {
    const cell: Cell = {
      matrix: [[0, 1, 1, 0], [0, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]],
      ops: ['input', 'conv3x3-bn-relu', 'maxpool3x3', 'output'],
    };
    expect(pruneCell(cell)).toEqual({ matrix: [[0, 1, 0], [0, 0, 1], [0, 0, 0]], ops: ['input', 'conv3x3-bn-relu', 'output'] });
  });
  it('drops a vertex not reachable from the input', () => {
    const cell: Cell = {
      matrix: [[0, 0, 1, 0], [0, 0, 1, 1], [0, 0, 0, 1], [0, 0, 0, 0]],
      ops: ['input', 'conv3x3-bn-relu', 'conv1x1-bn-relu', 'output'],
    };
    expect(pruneCell(cell)).toEqual({ matrix: [[0, 1, 0], [0, 0, 1], [0, 0, 0]], ops: ['input', 'conv1x1-bn-relu', 'output'] });
  });
  it('returns null without an input->output path', () => {
    expect(pruneCell({ matrix: [[0, 1, 0], [0, 0, 0], [0, 0, 0]], ops: ['input', 'maxpool3x3', 'output'] })).toBeNull();
    expect(pruneCell({ matrix: [[0, 0], [0, 0]], ops: ['input', 'output'] })).toBeNull();
  });
});
