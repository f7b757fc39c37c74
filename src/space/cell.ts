/**
 * The NAS-Bench-101 cell: an upper-triangular 0/1 adjacency matrix over at most 7 vertices and one
 * operation label per vertex (first `input`, last `output`). Plain readonly data; no tfjs, no I/O.
 */
export const INPUT = 'input';
export const OUTPUT = 'output';
export const CONV3X3 = 'conv3x3-bn-relu';
export const CONV1X1 = 'conv1x1-bn-relu';
export const MAXPOOL3X3 = 'maxpool3x3';

/** The operations a non-input, non-output vertex may carry, in NAS-Bench-101's canonical order (used by the hash). */
export const CANONICAL_OPS = [CONV3X3, CONV1X1, MAXPOOL3X3] as const;

export type HiddenOp = (typeof CANONICAL_OPS)[number];
export type Op = typeof INPUT | typeof OUTPUT | HiddenOp;

/** Search-space limits of NAS-Bench-101. */
export const MAX_VERTICES = 7;
export const MAX_EDGES = 9;

export type Matrix = readonly (readonly number[])[];

export interface Cell {
  readonly matrix: Matrix;
  readonly ops: readonly Op[];
}
