/**
 * The GS_ws runs the replication units recorded (their trained baseline super-nets as bns-ft scorers), per space, in
 * the form a search study reads them (study.ts, `recordedWsSearches`). Failed super-nets recorded none.
 */
import type { RecordedWsSearch } from '../search/ws-greedy.js';
import type { SpaceName } from '../space/spaces.js';
import type { ReplicationResult } from './replication-result.js';

export function recordedWsSearchesOf(results: readonly ReplicationResult[]): (space: SpaceName) => readonly RecordedWsSearch[] {
  const bySpace = new Map<SpaceName, RecordedWsSearch[]>();
  for (const result of results) {
    if (!result.wsGreedy || result.failed !== null) continue;
    const list = bySpace.get(result.space) ?? [];
    for (const { run, hashes, proxies } of result.wsGreedy.runs) {
      list.push({
        algorithm: 'GS',
        space: result.space,
        run,
        supernet: `ws-repro ${result.space}/${result.variant}/${result.supernet} bns-ft`,
        visits: hashes.map((hash, k) => ({ hash, proxy: proxies[k] })),
      });
    }
    bySpace.set(result.space, list);
  }
  for (const list of bySpace.values()) list.sort((a, b) => a.run - b.run);
  return (space) => bySpace.get(space) ?? [];
}
