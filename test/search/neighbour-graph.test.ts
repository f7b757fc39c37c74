import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/space/neighbourhood.js';
import { SPACE_NAMES } from '../../src/space/spaces.js';
import { cellKey, packGraph } from '../../src/search/cell-key.js';
import { forEachNeighbourKey, neighbourGraphOf } from '../../src/search/neighbour-graph.js';
import { searchUniverse } from '../../src/search/universe.js';
import { fakeGroundTruth } from './fake-ground-truth.js';

describe('neighbour graph', () => {
  const gt = fakeGroundTruth({ maxVertices: 5 });
  const graph = neighbourGraphOf(gt);

  it('indexes every row by its key', () => {
    for (let i = 0; i < gt.size; i += 7) expect(graph.rowOf(cellKey(packGraph(gt.cell(i))))).toBe(i);
  });

  it("lists, per space, the neighbours of src/space/neighbourhood.ts (compared by official hash) that the table holds", () => {
    const universe = searchUniverse(gt);
    // Cells of at most 5 vertices have at most 3 hidden vertices feeding the output: A4 is empty here.
    for (const space of SPACE_NAMES.filter((s) => s !== 'A4')) {
      const { mask } = universe.members(space);
      for (let i = 0; i < gt.size; i += 53) {
        const expected = neighbours(gt.cell(i), space)
          .map((nb) => nb.hash)
          .filter((h) => gt.indexOf(h) >= 0 && h !== gt.hash(i))
          .sort();
        const listed = [...graph.neighbours(i)].filter((row) => mask[row]).map((row) => gt.hash(row)).sort();
        expect(listed).toEqual(expected);
      }
    }
  });

  it('generates candidates outside the table too (vertices added to 5-vertex cells)', () => {
    const five = gt.cells.findIndex((c) => c.ops.length === 5);
    let outside = 0;
    forEachNeighbourKey(packGraph(gt.cell(five)), (key) => {
      if (graph.rowOf(key) < 0) outside++;
    });
    expect(outside).toBeGreaterThan(0);
  });
});
