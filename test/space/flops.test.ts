import { describe, expect, it } from 'vitest';
import { flops } from '../../src/space/flops.js';
import type { Cell, Op } from '../../src/space/cell.js';

describe('flops (multiply-accumulates)', () => {
  it('counts the input->output-only network by hand', () => {
    // 16 filters, 32x32: stem 32*32*9*3*16 = 442,368; stack 1: 3 projections 32*32*16*16 = 786,432;
    // stack 2 (16x16): 16*16*16*32 + 2*16*16*32*32 = 655,360; stack 3 (8x8): 8*8*32*64 + 2*8*8*64*64 = 655,360;
    // dense 64*10 = 640. Total 2,540,160.
    expect(flops({ matrix: [[0, 1], [0, 0]], ops: ['input', 'output'] }, { initialFilters: 16 })).toBe(2_540_160);
  });

  it('orders a vertex op conv3x3 > conv1x1 > maxpool3x3, and scales with the image area', () => {
    const cell = (op: Op): Cell => ({ matrix: [[0, 1, 0], [0, 0, 1], [0, 0, 0]], ops: ['input', op, 'output'] });
    const [c3, c1, mp] = (['conv3x3-bn-relu', 'conv1x1-bn-relu', 'maxpool3x3'] as const).map((op) => flops(cell(op)));
    expect(c3).toBeGreaterThan(c1);
    expect(c1).toBeGreaterThan(mp);
    // Convs scale with the area (4x from 16 to 32 pixels a side); the dense layer (512*10) does not.
    const small = flops(cell('conv3x3-bn-relu'), { imageSize: 16 });
    expect(c3 - 5120).toBe(4 * (small - 5120));
  });
});
