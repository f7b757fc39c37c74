import { describe, expect, test } from 'vitest';
import { parseShard, selectShard, WHOLE } from '../../src/experiments/shard.js';

describe('shards', () => {
  const items = Array.from({ length: 11 }, (_, i) => `unit-${String(i).padStart(2, '0')}`);

  test('n shards are disjoint and cover every unit', () => {
    const shares = [0, 1, 2].map((index) => selectShard(items, (s) => s, { index, count: 3 }));
    expect(shares.map((s) => s.length)).toEqual([4, 4, 3]);
    expect(shares.flat().sort()).toEqual(items);
    expect(selectShard(items, (s) => s, WHOLE)).toEqual(items);
  });

  test('parses i/n and rejects the rest with the flag named', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(() => parseShard('4/4')).toThrow(/--shard 4\/4/);
    expect(() => parseShard('x')).toThrow(/--shard: expected i\/n/);
  });
});
