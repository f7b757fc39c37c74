/**
 * The small dense linear algebra two proxies need on batch x batch matrices (32 x 32): Pearson correlation of rows
 * (numpy's `corrcoef`), the eigenvalues of a symmetric matrix (cyclic Jacobi rotations) and log |det| (numpy's
 * `slogdet`, by LU with partial pivoting). Float64, plain arrays; tfjs has neither eigenvalues nor determinants.
 */

/** Row-by-row Pearson correlation of `rows` (each of the same length); NaN where a row is constant. */
export function correlationMatrix(rows: readonly Float64Array[]): number[][] {
  const centred = rows.map((row) => {
    let mean = 0;
    for (const v of row) mean += v;
    mean /= row.length;
    return row.map((v) => v - mean);
  });
  const norms = centred.map((row) => Math.sqrt(row.reduce((s, v) => s + v * v, 0)));
  return centred.map((a, i) =>
    centred.map((b, j) => {
      let dot = 0;
      for (let k = 0; k < a.length; k++) dot += a[k] * b[k];
      return dot / (norms[i] * norms[j]);
    }),
  );
}

/** Eigenvalues of a symmetric matrix by cyclic Jacobi sweeps until the off-diagonal mass is negligible. */
export function symmetricEigenvalues(matrix: readonly (readonly number[])[]): number[] {
  const n = matrix.length;
  const a = matrix.map((row) => row.slice());
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        total += a[i][j] * a[i][j];
        if (i !== j) off += a[i][j] * a[i][j];
      }
    }
    if (!(off > 1e-30 * total)) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p][q] === 0) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
      }
    }
  }
  return a.map((row, i) => row[i]);
}

/** log |det(matrix)|; -Infinity for a singular matrix. */
export function logAbsDeterminant(matrix: readonly (readonly number[])[]): number {
  const n = matrix.length;
  const a = matrix.map((row) => row.slice());
  let log = 0;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (a[pivot][col] === 0) return -Infinity;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    log += Math.log(Math.abs(a[col][col]));
    for (let r = col + 1; r < n; r++) {
      const f = a[r][col] / a[col][col];
      if (f !== 0) for (let k = col; k < n; k++) a[r][k] -= f * a[col][k];
    }
  }
  return log;
}
