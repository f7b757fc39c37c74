/**
 * Two-sample t-tests of mean(a) - mean(b), from samples or from summaries (mean, SD, n): Student's with a pooled
 * variance and Welch's with the Welch-Satterthwaite df. Agrees with @stdlib/stats ttest2 (checked in the tests),
 * which only takes samples.
 */
import { summarize, type Summary } from './summary.js';
import { tPValue, type Alternative } from './t-p-value.js';

export interface TTest {
  readonly t: number;
  readonly df: number;
  readonly p: number;
  readonly alternative: Alternative;
}

function checkSummary(s: Summary, name: string): void {
  if (!(s.n >= 2) || !Number.isInteger(s.n)) throw new Error(`${name}.n is ${s.n}, expected an integer >= 2`);
  if (!(s.sd >= 0) || !Number.isFinite(s.mean)) throw new Error(`${name} has mean ${s.mean} and sd ${s.sd}`);
}

/** Pooled SD of two groups, sqrt(((n1-1) s1^2 + (n2-1) s2^2) / (n1 + n2 - 2)). */
export function pooledSd(a: Summary, b: Summary): number {
  return Math.sqrt(((a.n - 1) * a.sd ** 2 + (b.n - 1) * b.sd ** 2) / (a.n + b.n - 2));
}

export function studentTTestFromSummary(a: Summary, b: Summary, alternative: Alternative = 'two-sided'): TTest {
  checkSummary(a, 'a');
  checkSummary(b, 'b');
  const df = a.n + b.n - 2;
  const t = (a.mean - b.mean) / (pooledSd(a, b) * Math.sqrt(1 / a.n + 1 / b.n));
  return { t, df, p: tPValue(t, df, alternative), alternative };
}

export function welchTTestFromSummary(a: Summary, b: Summary, alternative: Alternative = 'two-sided'): TTest {
  checkSummary(a, 'a');
  checkSummary(b, 'b');
  const va = a.sd ** 2 / a.n;
  const vb = b.sd ** 2 / b.n;
  const t = (a.mean - b.mean) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  return { t, df, p: tPValue(t, df, alternative), alternative };
}

export function studentTTest(a: readonly number[], b: readonly number[], alternative: Alternative = 'two-sided'): TTest {
  return studentTTestFromSummary(summarize(a, 'a'), summarize(b, 'b'), alternative);
}

export function welchTTest(a: readonly number[], b: readonly number[], alternative: Alternative = 'two-sided'): TTest {
  return welchTTestFromSummary(summarize(a, 'a'), summarize(b, 'b'), alternative);
}
