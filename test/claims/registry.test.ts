import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { claimLevels } from '../../src/claims/claim.js';
import { writeClaimsJson } from '../../src/claims/claims-json.js';
import { cachedJson } from '../../src/jobs/disk-cache.js';
import { CLAIMS } from '../../src/claims/index.js';
import type { ClaimResult } from '../../src/verdict/verdict.js';

describe('claim catalogue', () => {
  test('C01..C21 in order, each with the levels docs/CLAIMS.md lists (plus the audits of printed figures)', () => {
    expect(CLAIMS.map((c) => c.id)).toEqual(Array.from({ length: 21 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`));
    // docs/CLAIMS.md catalogue; C01, C07 and C20 also get an audit of the figures their sentences print.
    const levels = Object.fromEntries(CLAIMS.map((c) => [c.id, claimLevels(c).join(',')]));
    expect(levels).toMatchObject({
      C01: 'audit,reanalysis,replication',
      C06: 'audit',
      C07: 'audit,space',
      C08: 'audit',
      C12: 'audit,search',
      C16: 'search',
      C18: 'audit',
      C19: 'audit,reanalysis',
      C20: 'audit,replication',
      C21: 'reanalysis,replication,search',
    });
  });
});

describe('claims.json', () => {
  test('docs/DESIGN.md shape, overall verdict, atomic write, non-finite numbers as null', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-json-'));
    const results: ClaimResult[] = [
      {
        id: 'C99',
        statement: 's',
        source: 'x',
        levels: [
          { level: 'audit', verdict: 'reproduced', measured: NaN, paper: 1, detail: 'd', rule: 'r' },
          { level: 'search', verdict: 'skipped', measured: null, paper: 2, detail: 'missing', rule: 'r' },
        ],
      },
    ];
    const path = writeClaimsJson(results, { profile: 'smoke', backend: 'cpu' }, join(dir, 'claims.json'));
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    expect(doc).toMatchObject({ profile: 'smoke', backend: 'cpu', claims: [{ id: 'C99', verdict: 'reproduced', statements: [{ text: 's', verdict: 'reproduced' }], levels: [{ level: 'audit', verdict: 'reproduced', measured: null }, { level: 'search', verdict: 'skipped' }] }] });
    expect(readdirSync(dir)).toEqual(['claims.json']);
  });

  test('disk cache returns the computed value, NaN included, and computes once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-cache-'));
    let calls = 0;
    const compute = () => ({ calls: ++calls, value: NaN, inf: -Infinity });
    const first = cachedJson('t', [], compute, dir);
    const second = cachedJson('t', [], compute, dir);
    expect(first).toEqual({ calls: 1, value: NaN, inf: -Infinity });
    expect(second).toEqual(first);
    expect(calls).toBe(1);
  });
});

describe('disk cache housekeeping', () => {
  test('an edited entry is never served: it is set aside and recomputed', async () => {
    const { writeFileSync, readFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'claims-cache-'));
    let calls = 0;
    cachedJson('p', [], () => ({ superiority: 0.5, calls: ++calls }), dir);
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry), readFileSync(join(dir, entry), 'utf8').replace('0.5', '0.9'));
    expect(cachedJson('p', [], () => ({ superiority: 0.5, calls: ++calls }), dir)).toEqual({ superiority: 0.5, calls: 2 });
    expect(readdirSync(dir).filter((f) => f.includes('.damaged-'))).toHaveLength(1);
  });

  test('a new key removes entries of the same name under older keys, not other names', async () => {
    const { writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'claims-cache-'));
    writeFileSync(join(dir, 't-0123456789abcdef.json'), '{}');
    writeFileSync(join(dir, 'other-0123456789abcdef.json'), '{}');
    cachedJson('t', [], () => 1, dir);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files).toContain('other-0123456789abcdef.json');
    expect(files.some((f) => f.startsWith('t-') && f !== 't-0123456789abcdef.json')).toBe(true);
  });
});
