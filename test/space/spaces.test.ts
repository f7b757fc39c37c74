import { describe, expect, it } from 'vitest';
import { inSpace, isResidual, outputInDegree, SPACE_NAMES, type SpaceName } from '../../src/space/spaces.js';
import type { Cell } from '../../src/space/cell.js';

const two: Cell = {
  matrix: [[0, 1, 1, 1], [0, 0, 0, 1], [0, 0, 0, 1], [0, 0, 0, 0]],
  ops: ['input', 'conv3x3-bn-relu', 'maxpool3x3', 'output'],
};

describe('spaces', () => {
  it('counts non-input vertices feeding the output and the residual edge', () => {
    expect(outputInDegree(two)).toBe(2);
    expect(isResidual(two)).toBe(true);
  });
  it('places a cell in exactly the spaces its features say', () => {
    const member = (cell: Cell): SpaceName[] => SPACE_NAMES.filter((s) => inSpace(s, cell));
    expect(member(two)).toEqual(['A2', 'Afull', 'Ares']);
    const chain: Cell = { matrix: [[0, 1, 0], [0, 0, 1], [0, 0, 0]], ops: ['input', 'conv1x1-bn-relu', 'output'] };
    expect(member(chain)).toEqual(['A1', 'Afull', 'Anres']);
  });
});
