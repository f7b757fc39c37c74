/**
 * The shape every stored result of a kind must have, checked on each read of the store, so a hand-edited or
 * foreign file gives one line naming the file, not a TypeError deep inside a consumer.
 */
import { REPLICATION_KIND, SEARCH_KIND } from './plan.js';
import type { ResultShape } from './store.js';

type FieldKind = 'string' | 'number' | 'number|null' | 'string|null' | 'object' | 'array';

function fieldsCheck(fields: Readonly<Record<string, FieldKind>>): ResultShape {
  return (result) => {
    if (typeof result !== 'object' || result === null || Array.isArray(result)) return `is ${JSON.stringify(result)?.slice(0, 40)}, not an object`;
    const record = result as Record<string, unknown>;
    for (const [name, kind] of Object.entries(fields)) {
      const value = record[name];
      const ok = kind.split('|').some((k) =>
        k === 'null' ? value === null : k === 'array' ? Array.isArray(value) : k === 'object' ? typeof value === 'object' && value !== null : typeof value === k,
      );
      if (!ok) return `field ${name} is ${value === undefined ? 'missing' : JSON.stringify(value)?.slice(0, 40)}, expected ${kind}`;
    }
    return undefined;
  };
}

// Numbers that may be NaN are stored as null (JSON has no NaN).
export const RESULT_SHAPES: Readonly<Record<string, ResultShape>> = {
  [REPLICATION_KIND]: fieldsCheck({
    space: 'string',
    variant: 'string',
    supernet: 'number',
    backend: 'string',
    groundTruth: 'object',
    cifar10: 'object',
    failed: 'string|null',
    spearmanNoFt: 'number|null',
    spearmanBnsFt: 'number|null',
    cells: 'array',
  }),
  [SEARCH_KIND]: fieldsCheck({ universe: 'string', source: 'string', settings: 'object', perSpace: 'array', skipped: 'array' }),
};
