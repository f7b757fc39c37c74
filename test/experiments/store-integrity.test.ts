/**
 * Issue 10, "Store artifacts": every way a stored result can be damaged (an edited digit that is still valid JSON,
 * truncation, `null`, `{}`, a result of the wrong shape, the format before checksums) is named with its path, never
 * served, set aside (kept) and recomputed.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runUnits } from '../../src/experiments/runner.js';
import { ArtifactStore, unitKey, type UnitDescription } from '../../src/experiments/store.js';

const unit: UnitDescription = { kind: 'demo', codeVersion: 1, config: { space: 'A4' }, seed: 1 };
const shapes = { demo: (r: unknown) => (typeof (r as { superiority?: unknown })?.superiority === 'number' ? undefined : 'has no number superiority') };

function storedOnce() {
  const root = mkdtempSync(join(tmpdir(), 'store-integrity-'));
  const store = new ArtifactStore(root, shapes);
  store.put(unit, { superiority: 0.5 }, 1);
  const file = join(root, 'demo', `${unitKey(unit)}.json`);
  return { root, store, file, text: readFileSync(file, 'utf8') };
}

// Each damage as a function of the intact file's text; the expected problem is what the message must say.
const DAMAGES: [string, (text: string) => string, RegExp][] = [
  ['a digit edited (still valid JSON)', (t) => t.replace('0.5', '0.9'), /content does not match its sha256/],
  ['truncated', (t) => t.slice(0, t.length >> 1), /not JSON .*truncated\?/],
  ['null', () => 'null', /holds null, not an artifact/],
  ['{}', () => '{}', /old or unknown format/],
  ['the format before checksums', (t) => JSON.stringify(JSON.parse(t).artifact), /old or unknown format/],
];

describe('damaged store artifacts', () => {
  test.each(DAMAGES)('%s: get names the file and what is wrong', (_, damage, problem) => {
    const { store, file, text } = storedOnce();
    writeFileSync(file, damage(text));
    expect(store.has(unit)).toBe(false);
    expect(() => store.get(unit)).toThrow(file);
    expect(() => store.get(unit)).toThrow(problem);
    expect(() => store.list('demo')).toThrow(problem);
  });

  test.each(DAMAGES)('%s: getOrCompute sets it aside (kept) and recomputes', async (_, damage) => {
    const { root, store, file, text } = storedOnce();
    writeFileSync(file, damage(text));
    const lines: string[] = [];
    const again = await store.getOrCompute(unit, async () => ({ superiority: 0.5 }), (line) => lines.push(line));
    expect(again.result).toEqual({ superiority: 0.5 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/damaged artifact: .*; moved to .*\.json\.damaged-.*; recomputing/);
    const kept = readdirSync(join(root, 'demo')).filter((f) => f.includes('.damaged-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(root, 'demo', kept[0]), 'utf8')).toBe(damage(text));
    expect(store.get(unit)?.result).toEqual({ superiority: 0.5 });
  });

  test('a checksummed result of the wrong shape is refused with one line naming the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'store-integrity-'));
    new ArtifactStore(root).put(unit, {}, 1);
    const store = new ArtifactStore(root, shapes);
    expect(() => store.get(unit)).toThrow(`${join(root, 'demo', `${unitKey(unit)}.json`)}: damaged artifact: result has no number superiority`);
  });

  test('an intact artifact round-trips, NaN stored as null', () => {
    const root = mkdtempSync(join(tmpdir(), 'store-integrity-'));
    const store = new ArtifactStore(root);
    store.put(unit, { superiority: Number.NaN, xs: [1e-300, -0, 12345.678] }, 1);
    expect(store.get(unit)?.result).toEqual({ superiority: null, xs: [1e-300, 0, 12345.678] });
  });
});

describe('run with a damaged artifact in the store', () => {
  test('a truncated result is not "reused": it is set aside and the unit is run again', async () => {
    const { root, store, file, text } = storedOnce();
    writeFileSync(file, text.slice(0, 20));
    const lines: string[] = [];
    // No executor knows the kind 'demo': the rerun fails, which shows it was attempted rather than reused.
    const summary = await runUnits({
      store,
      units: [{ label: 'demo unit', description: unit, cost: 1 }],
      resources: { groundTruth: { kind: 'subset' }, cifar10: {} },
      shard: { index: 0, count: 1 },
      workers: 1,
      log: (line) => lines.push(line),
    });
    expect(summary.reused).toEqual([]);
    expect(summary.failed.map((f) => f.label)).toEqual(['demo unit']);
    expect(lines[0]).toMatch(new RegExp(`^\\[demo unit\\] ${file}: damaged artifact: not JSON .*; moved to ${file}\\.damaged-.*; recomputing$`));
    expect(readdirSync(join(root, 'demo')).filter((f) => f.includes('.damaged-'))).toHaveLength(1);
  }, 60_000);
});
