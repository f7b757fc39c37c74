/**
 * Ordinary least squares with an intercept: y ~ b0 + sum_j b_j x_j. The columns are centred and scaled before the
 * normal equations are solved (Cholesky), which keeps them well conditioned for a handful of features on very
 * different scales (parameter counts and op counts). Returns the coefficients on the original scale and R^2.
 */
export interface LinearFit {
  readonly intercept: number;
  readonly coefficients: readonly number[];
  /** 1 - residual sum of squares / total sum of squares, on the fitted data. */
  readonly rSquared: number;
  readonly n: number;
}

/** `rows[i]` holds observation i's features (same length for every row); `y[i]` its response. */
export function leastSquares(rows: readonly (readonly number[])[], y: readonly number[]): LinearFit {
  const n = rows.length;
  const p = rows[0]?.length ?? 0;
  if (n !== y.length) throw new Error(`least squares: ${n} feature rows but ${y.length} responses`);
  if (n <= p + 1) throw new Error(`least squares: ${n} observations for ${p} features and an intercept`);
  const mean = new Array<number>(p).fill(0);
  let meanY = 0;
  rows.forEach((row, i) => {
    if (row.length !== p) throw new Error(`least squares: row ${i} has ${row.length} features, expected ${p}`);
    for (let j = 0; j < p; j++) mean[j] += row[j] / n;
    if (!Number.isFinite(y[i]) || row.some((v) => !Number.isFinite(v))) throw new Error(`least squares: row ${i} is not finite`);
    meanY += y[i] / n;
  });
  const scale = new Array<number>(p).fill(0);
  for (const row of rows) for (let j = 0; j < p; j++) scale[j] += (row[j] - mean[j]) ** 2;
  for (let j = 0; j < p; j++) {
    scale[j] = Math.sqrt(scale[j] / n);
    if (scale[j] === 0) throw new Error(`least squares: feature ${j} is constant`);
  }
  // Normal equations on the standardised features: (Z'Z) b = Z'(y - mean y).
  const gram = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const rhs = new Array<number>(p).fill(0);
  const z = new Array<number>(p);
  rows.forEach((row, i) => {
    for (let j = 0; j < p; j++) z[j] = (row[j] - mean[j]) / scale[j];
    for (let j = 0; j < p; j++) {
      rhs[j] += z[j] * (y[i] - meanY);
      for (let k = 0; k <= j; k++) gram[j][k] += z[j] * z[k];
    }
  });
  // Divided by n: the correlation matrix, whose unit diagonal makes the collinearity threshold scale-free.
  const b = solveCholesky(gram.map((r) => r.map((v) => v / n)), rhs.map((v) => v / n));
  const coefficients = b.map((bj, j) => bj / scale[j]);
  const intercept = meanY - coefficients.reduce((s, c, j) => s + c * mean[j], 0);
  let residual = 0;
  let total = 0;
  rows.forEach((row, i) => {
    const fitted = intercept + coefficients.reduce((s, c, j) => s + c * row[j], 0);
    residual += (y[i] - fitted) ** 2;
    total += (y[i] - meanY) ** 2;
  });
  return { intercept, coefficients, rSquared: 1 - residual / total, n };
}

/** Solves A x = b for a symmetric positive definite A given by its lower triangle. */
function solveCholesky(a: number[][], b: number[]): number[] {
  const p = b.length;
  const l = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    let d = a[j][j];
    for (let k = 0; k < j; k++) d -= l[j][k] ** 2;
    if (!(d > 1e-10)) throw new Error(`least squares: features are collinear (pivot ${j})`);
    l[j][j] = Math.sqrt(d);
    for (let i = j + 1; i < p; i++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = s / l[j][j];
    }
  }
  const w = new Array<number>(p);
  for (let i = 0; i < p; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i][k] * w[k];
    w[i] = s / l[i][i];
  }
  const x = new Array<number>(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = w[i];
    for (let k = i + 1; k < p; k++) s -= l[k][i] * x[k];
    x[i] = s / l[i][i];
  }
  return x;
}
