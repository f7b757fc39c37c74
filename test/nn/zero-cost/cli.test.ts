import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zeroCostNetwork } from '../../../src/cli/zero-cost.js';
import { trainableParameters } from '../../../src/space/parameters.js';
import { HASH_VECTORS } from '../../space/fixtures.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('ws-repro zero-cost (spawned)', () => {
  it('one JSON line per input line with the hash and the asked proxies; bad lines named; exit 1', () => {
    const [a, b] = HASH_VECTORS;
    const input = [
      JSON.stringify({ matrix: a.matrix, ops: a.ops }),
      '{"matrix": [[0,1],',
      JSON.stringify({ matrix: [[0, 1, 0], [0, 0, 0], [0, 0, 0]], ops: ['input', 'maxpool3x3', 'output'] }),
      JSON.stringify({ matrix: b.matrix, ops: b.ops }),
    ].join('\n');
    const r = spawnSync(process.execPath, ['bin/ws-repro.js', 'zero-cost', '--json', '--network', 'smoke', '--proxies', 'params,synflow'], {
      cwd: root,
      input: `${input}\n`,
      encoding: 'utf8',
      env: { ...process.env, WS_REPRO_BACKEND: 'cpu' },
    });
    const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(r.status, r.stderr).toBe(1);
    expect(lines).toHaveLength(4);
    const smoke = zeroCostNetwork('smoke');
    // Hashes: the NAS-Bench-101 fixture vectors; params: the smoke network's trainable parameters, in millions.
    expect(lines[0]).toMatchObject({ line: 1, hash: a.hash, scores: { params: trainableParameters(a, smoke) / 1e6 } });
    expect(Object.keys(lines[0].scores)).toEqual(['params', 'synflow']);
    expect(Number.isFinite(lines[0].scores.synflow)).toBe(true);
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/malformed JSON/) });
    expect(lines[2]).toEqual({ line: 3, error: 'no path from input to output' });
    expect(lines[3]).toMatchObject({ line: 4, hash: b.hash });
  }, 60_000);

  it('rejects an unknown proxy or network by name', () => {
    const r = spawnSync(process.execPath, ['bin/ws-repro.js', 'zero-cost', '--proxies', 'synflow,zen'], { cwd: root, input: '', encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/unknown proxy "zen"/);
    expect(() => zeroCostNetwork('tiny')).toThrow(/unknown profile "tiny"/);
  }, 60_000);
});
