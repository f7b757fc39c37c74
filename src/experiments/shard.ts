/**
 * Deterministic sharding: `--shard i/n` takes the units whose position in the key-sorted list is i modulo n, so
 * every shard gets a fair share, the shares are disjoint and cover everything, and any engine (CI matrix, Kubernetes
 * Indexed Job, Slurm array) can run them in parallel without a scheduler of ours.
 */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export const WHOLE: Shard = { index: 0, count: 1 };

/** Parse "i/n" (0 <= i < n). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`--shard: expected i/n (e.g. 0/4), got ${JSON.stringify(text)}`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index >= count) throw new Error(`--shard ${text}: the index i must be below the count n (0 <= i < n, e.g. 0/${Math.max(count, 1)})`);
  return { index, count };
}

export function selectShard<T>(items: readonly T[], keyOf: (item: T) => string, shard: Shard): T[] {
  return items
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .filter((_, position) => position % shard.count === shard.index)
    .map(({ item }) => item);
}
