/** Sample summaries shared by the tests and effect sizes: mean, sample SD (n - 1 denominator) and size. */

export interface Summary {
  readonly mean: number;
  readonly sd: number;
  readonly n: number;
}

/** Throws unless every value is a finite number, naming the argument and the first bad index. */
export function assertFinite(values: readonly number[], name: string): void {
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new Error(`${name}[${bad}] is ${values[bad]}, expected a finite number`);
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sum of squared deviations from the mean (two-pass, for accuracy). */
export function sumOfSquares(values: readonly number[]): number {
  const m = mean(values);
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return ss;
}

/** Mean, sample SD with the n - 1 denominator, and n. */
export function summarize(values: readonly number[], name = 'values'): Summary {
  assertFinite(values, name);
  if (values.length < 2) throw new Error(`${name} has ${values.length} value(s), a summary needs at least 2`);
  return { mean: mean(values), sd: Math.sqrt(sumOfSquares(values) / (values.length - 1)), n: values.length };
}
