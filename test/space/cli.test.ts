import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HASH_VECTORS } from './fixtures.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (args: string[], input = ''): { status: number | null; lines: unknown[]; stderr: string } => {
  const r = spawnSync(process.execPath, ['bin/ws-repro.js', ...args], { cwd: root, input, encoding: 'utf8' });
  return { status: r.status, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: r.stderr };
};

describe('ws-repro space (spawned)', () => {
  it('describe: one line per input line, in order; malformed lines reported; exit 1', () => {
    const v = HASH_VECTORS[0];
    const input = [
      JSON.stringify({ matrix: v.matrix, ops: v.ops }),
      '{"matrix": [[0,1],',
      JSON.stringify({ matrix: [[0, 1, 0], [0, 0, 0], [0, 0, 0]], ops: ['input', 'maxpool3x3', 'output'] }),
      JSON.stringify({ matrix: [[0, 1, 0], [0, 0, 1], [0, 0, 0]], ops: ['input', 'conv5x5', 'output'] }),
    ].join('\n');
    const r = cli(['space', 'describe'], `${input}\n`);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(4);
    // hash and trainable_parameters: the NAS-Bench-101 fixture vector.
    expect(r.lines[0]).toMatchObject({ valid: true, hash: v.hash, trainable_parameters: v.trainable_parameters });
    expect(r.lines[1]).toMatchObject({ line: 2 });
    expect(r.lines[1]).toHaveProperty('error');
    expect(r.lines[2]).toEqual({ valid: false, error: 'no path from input to output', line: 3 });
    expect(r.lines[3]).toMatchObject({ valid: false, error: expect.stringMatching(/ops\[1\]/), line: 4 });
  });

  it('describe: exit 0 and pruned output when every line is JSON', () => {
    const dangling = { matrix: [[0, 1, 1, 0], [0, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]], ops: ['input', 'conv1x1-bn-relu', 'maxpool3x3', 'output'] };
    const r = cli(['space', 'describe'], `${JSON.stringify(dangling)}\n`);
    expect(r.status).toBe(0);
    // Pruned by hand: vertex 2 does not reach the output. 1 vertex feeds the output, no input->output edge.
    expect(r.lines[0]).toMatchObject({
      valid: true,
      matrix: [[0, 1, 0], [0, 0, 1], [0, 0, 0]],
      ops: ['input', 'conv1x1-bn-relu', 'output'],
      outputs: 1,
      residual: false,
    });
  });

  it('stats --json: the seven sizes', () => {
    const r = cli(['space', 'stats', '--json']);
    expect(r.status).toBe(0);
    // Afull is NAS-Bench-101's 423,624; the others are this enumeration's (cell-table.test.ts checks their sums).
    expect(r.lines[0]).toMatchObject({ Afull: 423624, A1: 120933, A2: 201441, A3: 90782, A4: 10467, Ares: 81020, Anres: 342604 });
    expect(Object.keys(r.lines[0] as object)).toEqual(['Afull', 'A1', 'A2', 'A3', 'A4', 'Ares', 'Anres', 'seconds']);
  });
});
