/** Small samples shared by the stats tests; test/stats/reference.py computes their reference values with scipy. */
export const X = [0.61, 0.48, 0.72, 0.55, 0.48, 0.8, 0.67, 0.59, 0.7, 0.52, 0.63, 0.75];
export const Y = [0.58, 0.5, 0.69, 0.6, 0.47, 0.78, 0.61, 0.55, 0.74, 0.5, 0.66, 0.7];
export const Z = [12, 9, 15, 11, 10, 17, 13, 12, 16, 9, 14, 15];
export const A = [1.18, 0.92, 1.51, 0.77, 1.34, 1.02, 1.66, 0.88, 1.21, 1.4];
export const B = [0.81, 1.02, 0.64, 0.95, 0.58, 1.1, 0.72, 0.69, 0.9, 0.77, 0.99, 0.6, 0.85];
/** Two clusters, for the multimodality statistics. */
export const W = [1.0, 1.2, 1.9, 2.1, 2.2, 5.8, 6.0, 6.1, 6.3, 7.0, 7.4];
