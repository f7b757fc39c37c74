/**
 * A proxy scorer from the paper authors' recorded super-net evaluations: for a space, each converged super-net
 * of a setting scores the 1,000 cells it evaluated. WS run r uses the (r mod k)-th of the k converged super-nets,
 * as the paper's 25 runs share 5 super-nets. A super-net whose proxies are constant or at chance level (10
 * classes) failed to train and is left out, as the paper does.
 */
import type { AuthorsEvaluation, Setting } from '../authors/evaluations.js';
import { cellHash } from '../space/hash.js';
import type { SpaceName } from '../space/spaces.js';
import type { WsScorer, WsScorerSource } from './proxy.js';

const CHANCE = 0.1;

export function failedToConverge(proxies: readonly number[]): boolean {
  const max = Math.max(...proxies);
  return max === Math.min(...proxies) || max <= CHANCE + 1e-9;
}

export function authorsScorers(rows: readonly AuthorsEvaluation[], setting: Setting = 'bns-ft'): WsScorerSource {
  const bySpace = new Map<SpaceName, WsScorer[]>();
  const scorersOf = (space: SpaceName): WsScorer[] => {
    let scorers = bySpace.get(space);
    if (!scorers) {
      const supernets = new Map<number, AuthorsEvaluation[]>();
      for (const row of rows) {
        if (row.setting !== setting || row.space !== space) continue;
        const list = supernets.get(row.supernet) ?? [];
        list.push(row);
        supernets.set(row.supernet, list);
      }
      scorers = [...supernets.entries()]
        .sort(([a], [b]) => a - b)
        .filter(([, list]) => !failedToConverge(list.map((r) => r.proxyAccuracy)))
        .map(([supernet, list]) => {
          const proxy = new Map(list.map((r) => [cellHash(r.cell), r.proxyAccuracy]));
          return {
            label: `authors ${setting} ${space} super-net ${supernet}`,
            score: (_cell, hash) => proxy.get(hash) ?? NaN,
            domain: [...proxy.keys()],
          };
        });
      if (scorers.length === 0) throw new Error(`authors' evaluations: no converged ${setting} super-net for ${space}`);
      bySpace.set(space, scorers);
    }
    return scorers;
  };
  return (space, run) => {
    const scorers = scorersOf(space);
    return scorers[run % scorers.length];
  };
}
