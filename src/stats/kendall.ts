/**
 * Kendall's tau-b with ties, O(n log n) (Knight 1966: sort by (x, y), count discordant pairs as inversions of y
 * by merge sort), with the asymptotic two-sided p-value of scipy.stats.kendalltau(method='asymptotic'), whose
 * variance accounts for ties (Kendall 1970).
 */
import ncdf from '@stdlib/stats/base/dists/normal/cdf';
import { assertPaired } from './pearson.js';

export interface KendallTau {
  readonly tau: number;
  readonly p: number;
  readonly n: number;
}

/** Tie statistics from the sizes t of the tie groups: sum t(t-1)/2, sum t(t-1)(t-2), sum t(t-1)(2t+5) over tie groups. */
function tieSums(counts: Iterable<number>): [number, number, number] {
  let pairs = 0;
  let v0 = 0;
  let v1 = 0;
  for (const t of counts) {
    pairs += (t * (t - 1)) / 2;
    v0 += t * (t - 1) * (t - 2);
    v1 += t * (t - 1) * (2 * t + 5);
  }
  return [pairs, v0, v1];
}

function groupSizes(values: readonly number[]): Map<number, number> {
  const sizes = new Map<number, number>();
  for (const v of values) sizes.set(v, (sizes.get(v) ?? 0) + 1);
  return sizes;
}

/** Number of pairs i < j with a[i] > a[j] (strict), sorting a in place. */
function countInversions(a: number[]): number {
  const buffer = new Array<number>(a.length);
  let inversions = 0;
  for (let width = 1; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length; lo += 2 * width) {
      const mid = Math.min(lo + width, a.length);
      const hi = Math.min(lo + 2 * width, a.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (a[j] < a[i]) {
          inversions += mid - i;
          buffer[k++] = a[j++];
        } else buffer[k++] = a[i++];
      }
      while (i < mid) buffer[k++] = a[i++];
      while (j < hi) buffer[k++] = a[j++];
      for (let m = lo; m < hi; m++) a[m] = buffer[m];
    }
  }
  return inversions;
}

export function kendallTauB(x: readonly number[], y: readonly number[]): KendallTau {
  assertPaired(x, y, 3);
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => x[i] - x[j] || y[i] - y[j]);
  const discordant = countInversions(order.map((i) => y[i]));
  let jointTies = 0;
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && x[order[end]] === x[order[start]] && y[order[end]] === y[order[start]]) end++;
    jointTies += ((end - start) * (end - start - 1)) / 2;
    start = end;
  }
  const [xTies, x0, x1] = tieSums(groupSizes(x).values());
  const [yTies, y0, y1] = tieSums(groupSizes(y).values());
  const total = (n * (n - 1)) / 2;
  const score = total - xTies - yTies + jointTies - 2 * discordant;
  const tau = score / Math.sqrt(total - xTies) / Math.sqrt(total - yTies);
  const m = n * (n - 1);
  const variance = (m * (2 * n + 5) - x1 - y1) / 18 + (2 * xTies * yTies) / m + (x0 * y0) / (9 * m * (n - 2));
  const p = Math.min(1, 2 * ncdf(-Math.abs(score) / Math.sqrt(variance), 0, 1));
  return { tau: Math.max(-1, Math.min(1, tau)), p, n };
}
