import { describe, expect, it } from 'vitest';
import { packCell, packedFeatures, unpackCell } from '../../src/space/packed.js';
import { isResidual, outputInDegree } from '../../src/space/spaces.js';
import { HASH_VECTORS } from './fixtures.js';

describe('packed cells', () => {
  it('round-trips every fixture cell and reads its features', () => {
    for (const v of HASH_VECTORS) {
      const { structure, ops } = packCell(v);
      expect(unpackCell(structure, ops)).toEqual({ matrix: v.matrix, ops: v.ops });
      expect(packedFeatures(structure)).toEqual({ outputs: outputInDegree(v), residual: isResidual(v) });
    }
  });
});
