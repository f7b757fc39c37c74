import { describe, expect, it } from 'vitest';
import { derivedRandom } from '../../src/random.js';
import { greedySearch, randomSearch } from '../../src/search/algorithms.js';
import { neighbourGraphOf } from '../../src/search/neighbour-graph.js';
import { searchUniverse } from '../../src/search/universe.js';
import { fakeGroundTruth } from './fake-ground-truth.js';

const gt = fakeGroundTruth({ maxVertices: 5 });
const universe = searchUniverse(gt);
const graph = neighbourGraphOf(gt);
const score = (row: number) => universe.meanValidation[row];

describe('random search', () => {
  const space = universe.members('A2');

  it('is seeded and repeatable, and draws distinct cells of the space', () => {
    const a = randomSearch(space, 50, derivedRandom(1, 'rs'), score);
    const b = randomSearch(space, 50, derivedRandom(1, 'rs'), score);
    const c = randomSearch(space, 50, derivedRandom(2, 'rs'), score);
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
    expect(new Set(a).size).toBe(50);
    for (const row of a) expect(space.mask[row]).toBe(1);
  });

  it('stops when the space is exhausted, having seen every cell once', () => {
    const rows = randomSearch(space, space.rows.length + 10, derivedRandom(3, 'rs'), score);
    expect([...rows].sort((x, y) => x - y)).toEqual([...space.rows]);
  });

  it('calls the evaluator once per evaluation, in order', () => {
    const seen: number[] = [];
    const rows = randomSearch(space, 20, derivedRandom(4, 'rs'), (row) => (seen.push(row), 0));
    expect(seen).toEqual([...rows]);
  });
});

describe('greedy local search', () => {
  for (const name of ['Afull', 'A1', 'Ares'] as const) {
    it(`stays in ${name}, evaluates each cell once and is repeatable`, () => {
      const space = universe.members(name);
      const a = greedySearch(space, graph, 300, derivedRandom(5, name), score);
      const b = greedySearch(space, graph, 300, derivedRandom(5, name), score);
      expect([...a]).toEqual([...b]);
      expect(new Set(a).size).toBe(a.length);
      expect(a.length).toBe(Math.min(300, space.rows.length));
      for (const row of a) expect(space.mask[row]).toBe(1);
    });
  }

  it('evaluates the start cell, then its whole neighbourhood in the space, then moves to the best', () => {
    const space = universe.members('Afull');
    const rows = greedySearch(space, graph, 2000, derivedRandom(6, 'gs'), score);
    const start = rows[0];
    const neighbours = [...graph.neighbours(start)].filter((r) => space.mask[r]);
    expect([...rows.slice(1, 1 + neighbours.length)]).toEqual(neighbours);
    const best = neighbours.reduce((b, r) => (score(r) > score(b) ? r : b), start);
    if (best !== start) {
      // The next new evaluations are neighbours of the best cell.
      const next = new Set(graph.neighbours(best));
      expect(next.has(rows[1 + neighbours.length])).toBe(true);
    }
  });

  it('finds the known optimum of the space given enough evaluations (restarts exhaust the space)', () => {
    const space = universe.members('A1');
    const rows = greedySearch(space, graph, space.rows.length, derivedRandom(8, 'gs'), score);
    expect(rows.length).toBe(space.rows.length);
    const bestSeen = Math.max(...[...rows].map(score));
    expect(bestSeen).toBe(Math.max(...[...space.rows].map(score)));
  });

  it('on a landscape without local optima, climbs to the global optimum with one start', () => {
    // Score = number of conv3x3 ops + vertices: every non-optimal cell has a better neighbour (change an op to
    // conv3x3, or add a conv3x3 vertex), so the first climb must end at a maximum of the space.
    const landscape = (row: number) => {
      const cell = gt.cell(row);
      return cell.ops.filter((op) => op === 'conv3x3-bn-relu').length * 10 + cell.ops.length;
    };
    const space = universe.members('Afull');
    const rows = greedySearch(space, graph, 400, derivedRandom(9, 'gs'), landscape);
    const max = Math.max(...[...space.rows].map(landscape));
    expect(Math.max(...[...rows].map(landscape))).toBe(max);
  });
});
