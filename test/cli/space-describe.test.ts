/**
 * Issue 10, "space describe": every error line carries its input line number (semantic errors too), output waits
 * for a slow reader (bounded memory), and an oversized line is an error for that line only.
 */
import { Readable, Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { describeLines } from '../../src/cli/space.js';

/** Collects what is written, each write completing after `delayMs` (a slow reader). */
function sink(highWaterMark: number, delay: () => Promise<void> = async () => undefined) {
  const lines: string[] = [];
  let maxBuffered = 0;
  const stream = new Writable({
    highWaterMark,
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      void delay().then(() => done());
    },
  });
  const write = stream.write.bind(stream);
  stream.write = ((chunk: string) => {
    const ok = write(chunk);
    maxBuffered = Math.max(maxBuffered, stream.writableLength);
    return ok;
  }) as typeof stream.write;
  return { stream, lines: () => lines.map((l) => JSON.parse(l)), maxBuffered: () => maxBuffered };
}

const TRIANGLE = { matrix: [[0, 1, 1], [0, 0, 1], [0, 0, 0]], ops: ['input', 'conv3x3-bn-relu', 'output'] };

describe('space describe', () => {
  test('semantic errors (shape, op, vertices) name their input line', async () => {
    const input = [
      JSON.stringify(TRIANGLE),
      JSON.stringify({ matrix: [[0, 1], [0, 0], [0, 0]], ops: ['input', 'conv3x3-bn-relu', 'output'] }),
      '',
      JSON.stringify({ ...TRIANGLE, ops: ['input', 'conv9x9', 'output'] }),
      JSON.stringify({ matrix: Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => (j === i + 1 ? 1 : 0))), ops: ['input', ...Array(6).fill('conv3x3-bn-relu'), 'output'] }),
    ].join('\n');
    const out = sink(1 << 16);
    expect(await describeLines(Readable.from([input]), out.stream)).toBe(true);
    const lines = out.lines();
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ valid: true });
    expect(lines.slice(1).map((l: { valid: boolean; line: number }) => [l.valid, l.line])).toEqual([[false, 2], [false, 4], [false, 5]]);
  });

  test('an oversized line is an error for that line; the lines after it are described', async () => {
    const huge = `{"matrix": "${'x'.repeat(3000)}"}`;
    const out = sink(1 << 16);
    const ok = await describeLines(Readable.from([`${JSON.stringify(TRIANGLE)}\n${huge.slice(0, 1000)}`, `${huge.slice(1000)}\n${JSON.stringify(TRIANGLE)}\n`]), out.stream, 2048);
    expect(ok).toBe(false);
    const lines = out.lines();
    expect(lines[1]).toEqual({ error: `line of ${huge.length} bytes, longer than the 2048 allowed`, line: 2 });
    expect(lines.map((l: { valid?: boolean }) => l.valid)).toEqual([true, undefined, true]);
  });

  test('output waits for a slow reader: what is buffered stays bounded', async () => {
    // 5,000 malformed lines (cheap to answer); the reader takes a macrotask per write.
    const input = Readable.from((function* () {
      for (let i = 0; i < 5000; i++) yield `not json ${i}\n`;
    })());
    const out = sink(1024, () => new Promise((resolve) => setImmediate(resolve)));
    await describeLines(input, out.stream);
    await new Promise((resolve) => out.stream.end(resolve));
    expect(out.lines()).toHaveLength(5000);
    // At most the high-water mark plus one line (about 80 bytes); without backpressure it reaches ~400 KB.
    expect(out.maxBuffered()).toBeLessThan(1024 + 200);
  });
});
