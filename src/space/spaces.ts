/**
 * The paper's seven search spaces (section 5.3) as predicates on a pruned cell: A1..A4 hold the cells in which
 * exactly k non-input vertices feed the output, Ares those with an input->output edge, Anres those without,
 * Afull every cell.
 */
import type { Cell } from './cell.js';

export const SPACE_NAMES = ['A1', 'A2', 'A3', 'A4', 'Afull', 'Ares', 'Anres'] as const;
export type SpaceName = (typeof SPACE_NAMES)[number];

/** Number of non-input vertices with an edge into the output (the input->output edge is not counted). */
export function outputInDegree(cell: Cell): number {
  const n = cell.matrix.length;
  let k = 0;
  for (let v = 1; v < n - 1; v++) k += cell.matrix[v][n - 1];
  return k;
}

export function isResidual(cell: Cell): boolean {
  return cell.matrix[0][cell.matrix.length - 1] === 1;
}

/** Membership from the two features that define the spaces (fast path for the enumeration's table). */
export function inSpaceByFeatures(space: SpaceName, outputs: number, residual: boolean): boolean {
  switch (space) {
    case 'Afull':
      return true;
    case 'Ares':
      return residual;
    case 'Anres':
      return !residual;
    default:
      return outputs === Number(space.slice(1));
  }
}

export function inSpace(space: SpaceName, prunedCell: Cell): boolean {
  return inSpaceByFeatures(space, outputInDegree(prunedCell), isResidual(prunedCell));
}
