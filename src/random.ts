/**
 * Seeded randomness. Nothing in ws-repro draws from Math.random: every consumer takes a `Random` and derives
 * its own stream from (seed, label), so adding a draw in one place never shifts another's sequence.
 */
import seedrandom from 'seedrandom';

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** A seeded stream whose state can be saved and restored (checkpoints). */
export type StatefulRandom = seedrandom.StatefulPRNG<seedrandom.State.Alea>;

/** An independent, repeatable stream for (seed, label). Alea: fast, with a small serialisable state. */
export function derivedRandom(seed: number | string, label = ''): StatefulRandom {
  return seedrandom.alea(`${seed}/${label}`, { state: true }) as StatefulRandom;
}

/** A uniform integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** Fisher-Yates shuffle of a copy. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
