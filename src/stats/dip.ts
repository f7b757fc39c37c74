/**
 * Hartigan's dip statistic (Hartigan & Hartigan 1985, Ann. Statist. 13(1); algorithm AS 217, Hartigan 1985): the
 * sup-distance from the empirical CDF to the closest unimodal (convex, then linear, then concave) CDF. About
 * 1/(2n) for unimodal data, up to 1/4 for two well separated equal clusters.
 *
 * Work in counts: the sorted distinct values u_j have left limits C[j-1] and right limits C[j] of n F_n. The loop
 * narrows a candidate modal interval [low, high]: take the greatest convex minorant of the left limits and the
 * least concave majorant of the right limits on it; where they are furthest apart lies the new modal interval, and
 * the deviations of the ECDF from those hulls outside it are lower bounds of the dip. It stops when the hulls are no
 * further apart than the dip found so far. The result is halved (a unimodal fit can sit midway) and divided by n.
 * Ties are handled exactly by working on distinct values with their counts.
 */
import { assertFinite } from './summary.js';

interface Steps {
  /** Distinct values, ascending. */
  readonly u: readonly number[];
  /** C[j] = number of values <= u[j]; C[-1] is read as 0 through `below`. */
  readonly C: readonly number[];
}

const below = (s: Steps, j: number): number => (j === 0 ? 0 : s.C[j - 1]);

function steps(values: readonly number[]): Steps {
  const sorted = values.slice().sort((a, b) => a - b);
  const u: number[] = [];
  const C: number[] = [];
  sorted.forEach((v, i) => {
    if (u.length > 0 && u[u.length - 1] === v) C[C.length - 1] = i + 1;
    else {
      u.push(v);
      C.push(i + 1);
    }
  });
  return { u, C };
}

/** For each j, its predecessor on the lower convex hull of the left-limit points (u_i, C[i-1]), i <= j. */
function minorantLinks(s: Steps): number[] {
  const y = (i: number) => below(s, i);
  const previous = [0];
  for (let j = 1; j < s.u.length; j++) {
    let k = j - 1;
    // Drop k while the turn p -> k -> j is not strictly convex.
    while (k > 0) {
      const p = previous[k];
      if ((y(k) - y(p)) * (s.u[j] - s.u[k]) < (y(j) - y(k)) * (s.u[k] - s.u[p])) break;
      k = p;
    }
    previous[j] = k;
  }
  return previous;
}

/** For each j, its successor on the upper concave hull of the right-limit points (u_i, C[i]), i >= j. */
function majorantLinks(s: Steps): number[] {
  const m = s.u.length;
  const y = (i: number) => s.C[i];
  const next = new Array<number>(m);
  next[m - 1] = m - 1;
  for (let j = m - 2; j >= 0; j--) {
    let k = j + 1;
    // Drop k while the turn j -> k -> q is not strictly concave.
    while (k < m - 1) {
      const q = next[k];
      if ((y(k) - y(j)) * (s.u[q] - s.u[k]) > (y(q) - y(k)) * (s.u[k] - s.u[j])) break;
      k = q;
    }
    next[j] = k;
  }
  return next;
}

/** Value at u[j] of the line through (u[a], ya) and (u[b], yb). */
function lineAt(s: Steps, a: number, ya: number, b: number, yb: number, j: number): number {
  return ya + ((s.u[j] - s.u[a]) * (yb - ya)) / (s.u[b] - s.u[a]);
}

/** Largest excess of the right limits over the minorant on its knots `knots` (ascending), from knot `from` on. */
function minorantDeviation(s: Steps, knots: readonly number[], from: number, to: number): number {
  let worst = 0;
  for (let k = from; k < to; k++) {
    const a = knots[k];
    const b = knots[k + 1];
    for (let j = a; j <= b; j++) worst = Math.max(worst, s.C[j] - lineAt(s, a, below(s, a), b, below(s, b), j));
  }
  return worst;
}

/** Largest excess of the majorant over the left limits on its knots `knots` (ascending), from knot `from` on. */
function majorantDeviation(s: Steps, knots: readonly number[], from: number, to: number): number {
  let worst = 0;
  for (let k = from; k < to; k++) {
    const a = knots[k];
    const b = knots[k + 1];
    for (let j = a; j <= b; j++) worst = Math.max(worst, lineAt(s, a, s.C[a], b, s.C[b], j) - below(s, j));
  }
  return worst;
}

export interface Dip {
  readonly dip: number;
  /** The modal interval of the closest unimodal fit, [low, high] in data units. */
  readonly modalInterval: readonly [number, number];
  readonly n: number;
}

export function dipStatistic(values: readonly number[]): Dip {
  assertFinite(values, 'values');
  const n = values.length;
  if (n < 2) throw new Error(`dipStatistic: ${n} value(s), at least 2 needed`);
  const s = steps(values);
  const m = s.u.length;
  if (m === 1) return { dip: 0.5, modalInterval: [s.u[0], s.u[0]], n };
  const previous = minorantLinks(s);
  const next = majorantLinks(s);
  // A continuous fit must bridge every jump: half the largest jump is a floor of the dip.
  let dip = s.C.reduce((worst, c, j) => Math.max(worst, c - below(s, j)), 0);
  let low = 0;
  let high = m - 1;
  for (;;) {
    const gcm = [high];
    while (gcm[gcm.length - 1] > low) gcm.push(previous[gcm[gcm.length - 1]]);
    gcm.reverse();
    const lcm = [low];
    while (lcm[lcm.length - 1] < high) lcm.push(next[lcm[lcm.length - 1]]);
    // Walk the knots of both hulls left to right; at each, the gap between the hulls.
    let gap = 0;
    let newLow = 0; // index into gcm
    let newHigh = lcm.length - 1; // index into lcm
    let g = 1;
    let l = 1;
    while (gcm[g] !== lcm[l]) {
      if (gcm[g] > lcm[l]) {
        const j = lcm[l];
        const d = s.C[j] - lineAt(s, gcm[g - 1], below(s, gcm[g - 1]), gcm[g], below(s, gcm[g]), j);
        if (d >= gap) [gap, newLow, newHigh] = [d, g - 1, l];
        l++;
      } else {
        const j = gcm[g];
        const d = lineAt(s, lcm[l - 1], s.C[lcm[l - 1]], lcm[l], s.C[lcm[l]], j) - below(s, j);
        if (d >= gap) [gap, newLow, newHigh] = [d, g, l];
        g++;
      }
    }
    if (gap < dip) break;
    dip = Math.max(dip, minorantDeviation(s, gcm, 0, newLow), majorantDeviation(s, lcm, newHigh, lcm.length - 1));
    if (gcm[newLow] === low && lcm[newHigh] === high) break;
    low = gcm[newLow];
    high = lcm[newHigh];
  }
  return { dip: dip / (2 * n), modalInterval: [s.u[low], s.u[high]], n };
}
