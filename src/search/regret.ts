/**
 * Test regret against search time (paper Eq. 11): after each standalone evaluation, the best mean test accuracy
 * of the space minus the mean test accuracy of the cell with the best validation score seen so far. Kept as a
 * step function: one point where the regret changes (the first evaluation always gives one). Eq. 11 is not
 * monotone in general: a cell with a better validation score may have a worse test accuracy.
 */
export interface RegretCurve {
  /** Times (seconds) at which the regret takes a new value, increasing. */
  readonly times: Float64Array;
  readonly regrets: Float64Array;
  /** Time at which the last evaluation ended. */
  readonly endTime: number;
  readonly evaluations: number;
}

/**
 * `rows`, `scores` and `costs` describe evaluations in the order they ran, from `startTime`; `meanTest` is per row
 * and `bestMeanTest` the space's best.
 */
export function regretCurve(
  rows: ArrayLike<number>,
  scores: ArrayLike<number>,
  costs: ArrayLike<number>,
  startTime: number,
  meanTest: ArrayLike<number>,
  bestMeanTest: number,
): RegretCurve {
  const times: number[] = [];
  const regrets: number[] = [];
  let time = startTime;
  let best = -Infinity;
  for (let k = 0; k < rows.length; k++) {
    time += costs[k];
    if (!(scores[k] > best)) continue;
    best = scores[k];
    const regret = bestMeanTest - meanTest[rows[k]];
    if (regrets.length === 0 || regret !== regrets[regrets.length - 1]) {
      times.push(time);
      regrets.push(regret);
    }
  }
  return { times: Float64Array.from(times), regrets: Float64Array.from(regrets), endTime: time, evaluations: rows.length };
}

/** Regret at time t: NaN before the first evaluation ended. */
export function regretAt(curve: RegretCurve, t: number): number {
  const { times, regrets } = curve;
  if (times.length === 0 || t < times[0]) return NaN;
  let lo = 0;
  let hi = times.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (times[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return regrets[lo];
}
