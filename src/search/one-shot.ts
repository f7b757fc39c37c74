/**
 * One-shot comparison (paper 5.2, Tables 4 and 5): regrets of algorithm A against those of algorithm B at the same
 * time budget. The difference is mean regret(B) - mean regret(A), so a positive value means A found better cells,
 * as the paper's "RSbs - RSws" columns; regrets are in percentage points (x100, as the tables). Student's t-test,
 * Cohen's d with the pooled SD, the probability of superiority Phi(d / sqrt 2) = P(A's regret < B's), and the
 * power the test had for the measured effect.
 */
import { cohensD, probabilityOfSuperiority } from '../stats/effect-size.js';
import { tTestPower } from '../stats/power.js';
import { summarize } from '../stats/summary.js';
import { pooledSd, studentTTest } from '../stats/ttest.js';

export interface RegretComparison {
  readonly nA: number;
  readonly nB: number;
  readonly meanRegretA: number;
  readonly meanRegretB: number;
  /** mean B - mean A, percentage points. */
  readonly difference: number;
  readonly pooledSd: number;
  readonly t: number;
  readonly df: number;
  readonly p: number;
  readonly d: number;
  readonly probabilityOfSuperiority: number;
  /** Power of the two-sided test at alpha 0.05 for an effect of the measured |d|, with these group sizes. */
  readonly power: number;
}

/** `regretsA` and `regretsB` as fractions (NAS-Bench-101 accuracies); reported x100. */
export function compareRegrets(regretsA: readonly number[], regretsB: readonly number[], alpha = 0.05): RegretComparison {
  const a = regretsA.map((r) => 100 * r);
  const b = regretsB.map((r) => 100 * r);
  const sa = summarize(a, 'regrets A');
  const sb = summarize(b, 'regrets B');
  const test = studentTTest(b, a);
  const d = cohensD(b, a);
  return {
    nA: sa.n,
    nB: sb.n,
    meanRegretA: sa.mean,
    meanRegretB: sb.mean,
    difference: sb.mean - sa.mean,
    pooledSd: pooledSd(sb, sa),
    t: test.t,
    df: test.df,
    p: test.p,
    d,
    probabilityOfSuperiority: probabilityOfSuperiority(d),
    power: Number.isFinite(d) ? tTestPower({ d: Math.abs(d), n1: sa.n, n2: sb.n, alpha }) : NaN,
  };
}
