import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/space/neighbourhood.js';
import { cellHash } from '../../src/space/hash.js';
import { inSpace } from '../../src/space/spaces.js';
import { limitsError } from '../../src/space/spec.js';
import { pruneCell } from '../../src/space/prune.js';
import type { Cell } from '../../src/space/cell.js';
import { HASH_VECTORS } from './fixtures.js';

const chain: Cell = { matrix: [[0, 1, 0], [0, 0, 1], [0, 0, 0]], ops: ['input', 'conv3x3-bn-relu', 'output'] };

describe('neighbours (paper 4.3)', () => {
  it('lists the neighbours of a 3-vertex chain, counted by hand', () => {
    const list = neighbours(chain, 'Afull');
    // Hand count: itself; 2 op changes; the edge 0->2 added (1 cell); removing 0->1 or 1->2 leaves no path
    // (0 cells); one vertex added, existing edges kept: u->new->v for (u, v) = (0, 1) (a triangle input->new->conv,
    // input->conv), (0, 2) (a parallel branch), (1, 2) (conv->new->output beside conv->output), 3 ops each, 9
    // cells, no two isomorphic. Total 1 + 2 + 1 + 9 = 13.
    expect(list.length).toBe(13);
    expect(list[0].hash).toBe(cellHash(chain));
    expect(new Set(list.map((n) => n.hash)).size).toBe(list.length);
  });

  it('keeps neighbours inside the space, valid and pruned', () => {
    for (const v of HASH_VECTORS.slice(0, 40)) {
      for (const space of ['A2', 'Anres'] as const) {
        for (const n of neighbours(v, space)) {
          expect(inSpace(space, n.cell)).toBe(true);
          expect(limitsError(n.cell)).toBeNull();
          expect(pruneCell(n.cell)).toBe(n.cell);
          expect(cellHash(n.cell)).toBe(n.hash);
        }
      }
    }
  });

  it('omits the cell itself when it is outside the space', () => {
    expect(neighbours(chain, 'Ares').some((n) => n.hash === cellHash(chain))).toBe(false);
    // In Ares: of the 13 above, only the cell with the added input->output edge.
    expect(neighbours(chain, 'Ares').length).toBe(1);
  });
});
