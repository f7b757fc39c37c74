import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { ContainerReader, looksLikeContainer, readContainer, writeContainer } from '../../src/io/container.js';
import { setAside } from '../../src/io/set-aside.js';

const FORMAT = { format: 'ws-repro/test', version: 1 };

function sample(dir: string): string {
  const path = join(dir, 'sample.bin');
  writeContainer(path, {
    ...FORMAT,
    meta: { size: 3 },
    sections: new Map<string, ArrayBufferView>([
      ['bytes', Uint8Array.of(1, 2, 3)],
      ['values', Float64Array.of(0.5, -1, 2.25)],
    ]),
  });
  return path;
}

describe('container', () => {
  it('round-trips meta and sections, each section aligned for its typed array', () => {
    const path = sample(mkdtempSync(join(tmpdir(), 'ws-io-')));
    const reader = ContainerReader.open(path, FORMAT);
    expect(reader.meta).toEqual({ size: 3 });
    expect([...reader.readAs('values', Float64Array)]).toEqual([0.5, -1, 2.25]);
    expect([...reader.read('bytes')]).toEqual([1, 2, 3]);
    reader.close();
    expect(looksLikeContainer(path)).toBe(true);
  });

  it('names the file and the section when one bit of a section flips', () => {
    const path = sample(mkdtempSync(join(tmpdir(), 'ws-io-')));
    const bytes = readFileSync(path);
    bytes[bytes.length - 1] ^= 0x80; // the sign bit of the last float64
    writeFileSync(path, bytes);
    expect(() => readContainer(path, FORMAT)).toThrow(`${path}: damaged: section values does not match its sha256`);
  });

  it('refuses a flipped header byte, a truncated file, another format or version, and a non-container', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-io-'));
    const path = sample(dir);
    const bytes = readFileSync(path);
    const header = Buffer.from(bytes);
    header[50] ^= 1;
    writeFileSync(path, header);
    expect(() => readContainer(path, FORMAT)).toThrow(/header does not match its sha256/);
    writeFileSync(path, bytes.subarray(0, bytes.length - 4));
    expect(() => readContainer(path, FORMAT)).toThrow(/truncated/);
    writeFileSync(path, bytes);
    expect(() => readContainer(path, { format: 'ws-repro/other', version: 1 })).toThrow(/not ws-repro\/other/);
    expect(() => readContainer(path, { ...FORMAT, version: 2 })).toThrow(/version 1, this ws-repro reads version 2/);
    writeFileSync(path, '{}');
    expect(() => readContainer(path, FORMAT)).toThrow(`${path}: not a ws-repro ws-repro/test file`);
    expect(looksLikeContainer(path)).toBe(false);
  });
});

describe('writeFileAtomic', () => {
  it('names the path and leaves no temporary file when the target is a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-io-'));
    const target = join(dir, 'a-directory');
    mkdirSync(target);
    expect(() => writeFileAtomic(target, 'x')).toThrow(`${target}: is a directory (EISDIR)`);
    expect(readdirSync(dir)).toEqual(['a-directory']);
  });

  it('replaces a file whole, and setAside keeps the old bytes under a new name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-io-'));
    const path = join(dir, 'f.json');
    writeFileAtomic(path, 'one');
    writeFileAtomic(path, [Uint8Array.of(0x74, 0x77, 0x6f)]);
    expect(readFileSync(path, 'utf8')).toBe('two');
    const moved = setAside(path, new Date('2026-01-02T03:04:05.678Z'));
    expect(moved).toBe(`${path}.damaged-2026-01-02T03-04-05-678Z`);
    expect(readFileSync(moved, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['f.json.damaged-2026-01-02T03-04-05-678Z']);
  });
});
