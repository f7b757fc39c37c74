import { describe, expect, it } from 'vitest';
import { validateCell, limitsError, numEdges } from '../../src/space/spec.js';
import { nasbenchCell } from '../../src/space/describe.js';
import type { Cell } from '../../src/space/cell.js';

const ok: Cell = { matrix: [[0, 1, 1], [0, 0, 1], [0, 0, 0]], ops: ['input', 'conv3x3-bn-relu', 'output'] };

describe('validateCell', () => {
  it('accepts a well-formed cell and copies it', () => {
    const r = validateCell(ok);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.cell).toEqual(ok);
      expect(r.cell.matrix).not.toBe(ok.matrix);
    }
  });
  it.each([
    [null, /object/],
    [{ ops: ['input', 'output'] }, /matrix must be an array/],
    [{ matrix: [[0, 1], [0, 0]] }, /ops must be an array/],
    [{ matrix: [[0, 1], [0]], ops: ['input', 'output'] }, /square: row 1/],
    [{ matrix: [[0, 2], [0, 0]], ops: ['input', 'output'] }, /matrix\[0\]\[1\] must be 0 or 1/],
    [{ matrix: [[0, 1], [1, 0]], ops: ['input', 'output'] }, /upper-triangular: matrix\[1\]\[0\]/],
    [{ matrix: [[1, 1], [0, 0]], ops: ['input', 'output'] }, /upper-triangular: matrix\[0\]\[0\]/],
    [{ matrix: [[0, 1], [0, 0]], ops: ['input'] }, /1 labels but the matrix has 2/],
    [{ matrix: [[0, 1], [0, 0]], ops: ['output', 'output'] }, /ops\[0\] must be "input"/],
    [{ matrix: [[0, 1], [0, 0]], ops: ['input', 'conv3x3-bn-relu'] }, /ops\[1\] must be "output"/],
    [{ ...ok, ops: ['input', 'conv5x5', 'output'] }, /ops\[1\] must be one of/],
    [{ matrix: [[0]], ops: ['input'] }, /at least 2 vertices/],
  ])('rejects %j', (raw, message) => {
    const r = validateCell(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('limits (checked on the pruned cell, as nasbench api.is_valid)', () => {
  it('counts edges', () => expect(numEdges(ok)).toBe(3));
  it('rejects more than 9 edges and more than 7 vertices', () => {
    // 6 vertices fully connected: 15 edges > 9.
    const dense = { matrix: [...Array(6)].map((_, i) => [...Array(6)].map((_, j) => (j > i ? 1 : 0))), ops: ['input', 'conv3x3-bn-relu', 'conv3x3-bn-relu', 'conv3x3-bn-relu', 'conv3x3-bn-relu', 'output'] };
    expect(limitsError(dense as never)).toMatch(/15 edges/);
    // A chain of 8 vertices: 7 edges but 8 vertices.
    const chain = { matrix: [...Array(8)].map((_, i) => [...Array(8)].map((_, j) => (j === i + 1 ? 1 : 0))), ops: ['input', ...Array(6).fill('maxpool3x3'), 'output'] };
    expect(nasbenchCell(chain)).toEqual({ ok: false, error: 'pruned cell has 8 vertices, more than 7' });
  });
  it('applies the limits after pruning: 8 raw vertices with a dangling one are fine', () => {
    const m = [...Array(8)].map((_, i) => [...Array(8)].map((_, j) => (j === i + 1 && i < 6 ? 1 : 0)));
    m[0][7] = 1; // vertex 7 is the output; vertex 6 (the chain's end) is dangling and pruned away with the chain
    const r = nasbenchCell({ matrix: m, ops: ['input', ...Array(6).fill('conv1x1-bn-relu'), 'output'] });
    expect(r).toEqual({ ok: true, cell: { matrix: [[0, 1], [0, 0]], ops: ['input', 'output'] } });
  });
  it('reports a cell without input->output path', () => {
    expect(nasbenchCell({ matrix: [[0, 1, 0], [0, 0, 0], [0, 0, 0]], ops: ['input', 'maxpool3x3', 'output'] })).toEqual({
      ok: false,
      error: 'no path from input to output',
    });
  });
});
