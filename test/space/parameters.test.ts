import { describe, expect, it } from 'vitest';
import { trainableParameters, vertexChannels } from '../../src/space/parameters.js';
import { HASH_VECTORS } from './fixtures.js';

describe('trainableParameters', () => {
  it("equals NAS-Bench-101's trainable_parameters (128 filters) for all 200 fixture vectors", () => {
    for (const v of HASH_VECTORS) expect(trainableParameters(v), JSON.stringify(v)).toBe(v.trainable_parameters);
  });

  it('counts the input->output-only cell by hand', () => {
    // Hand count with 16 filters: stem 3*3*3*16 + 2*16 = 464; per cell a 1x1 projection c_in*c_out + 2*c_out:
    // stack 1: 3 * (16*16 + 32) = 864; stack 2: (16*32 + 64) + 2 * (32*32 + 64) = 2752;
    // stack 3: (32*64 + 128) + 2 * (64*64 + 128) = 10624; dense 64*10 + 10 = 650. Total 15354.
    expect(trainableParameters({ matrix: [[0, 1], [0, 0]], ops: ['input', 'output'] }, { initialFilters: 16 })).toBe(15354);
  });
});

describe('vertexChannels (nasbench compute_vertex_channels)', () => {
  it('splits the output channels among the vertices feeding the output, remainder first', () => {
    // 3 vertices feed the output: 128 = 43 + 43 + 42; vertex 1 feeds vertex 2 only and takes its 43.
    const m = [
      [0, 1, 0, 1, 0, 0],
      [0, 0, 1, 0, 0, 0],
      [0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 1, 1],
      [0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 0],
    ];
    expect(vertexChannels(m, 64, 128)).toEqual([64, 43, 43, 43, 42, 128]);
  });
});

describe('numbering', () => {
  it('matters: the remainder of the channel split goes to the first vertices feeding the output', () => {
    // Two numberings of one cell (vertices 1 and 2 swapped, both feed the output, no edge between them):
    // 128 = 64 + 64 splits evenly, but 256 = 86 + 85 + 85 with 3 feeders does not. Here with 3 feeders the
    // conv3x3 gets 43 channels at 128 in one numbering and 42 in the other, so the counts differ.
    const a = {
      matrix: [[0, 1, 1, 1, 0], [0, 0, 0, 0, 1], [0, 0, 0, 0, 1], [0, 0, 0, 0, 1], [0, 0, 0, 0, 0]],
      ops: ['input', 'conv3x3-bn-relu', 'maxpool3x3', 'maxpool3x3', 'output'],
    } as const;
    const b = { matrix: a.matrix, ops: ['input', 'maxpool3x3', 'maxpool3x3', 'conv3x3-bn-relu', 'output'] } as const;
    expect(vertexChannels(a.matrix, 128, 128)).toEqual([128, 43, 43, 42, 128]);
    expect(trainableParameters(a)).not.toBe(trainableParameters(b));
  });
});
