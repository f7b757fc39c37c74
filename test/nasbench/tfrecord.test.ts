import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TfRecordWriter, frameTfRecord, readTfRecords } from '../../src/nasbench/tfrecord.js';

const dir = mkdtempSync(join(tmpdir(), 'ws-repro-tfrecord-'));

function writeRecords(name: string, payloads: readonly Uint8Array[]): string {
  const file = join(dir, name);
  const writer = new TfRecordWriter(file);
  for (const p of payloads) writer.write(p);
  writer.close();
  return file;
}

const payloads = Array.from({ length: 50 }, (_, i) => Buffer.from('x'.repeat(i * 7) + String(i)));

describe('TFRecord framing', () => {
  it('frames as TensorFlow: u64 LE length, masked CRC of it, data, masked CRC of data', () => {
    const framed = frameTfRecord(Buffer.from('123456789'));
    expect(framed.length).toBe(8 + 4 + 9 + 4);
    expect(framed.readBigUInt64LE(0)).toBe(9n);
    // Masked CRC-32C of "123456789" (see crc32c.test.ts): 0xC78AB0E5.
    expect(framed.readUInt32LE(21)).toBe(0xc78ab0e5);
    expect(framed.subarray(12, 21).toString()).toBe('123456789');
  });

  it('reads back every record, also across chunk boundaries and with records larger than a chunk', () => {
    const file = writeRecords('many.tfrecord', payloads);
    for (const chunk of [16, 64, 1 << 20]) {
      const got = Array.from(readTfRecords(file, chunk), (r) => Buffer.from(r.data).toString()); // data is reused: copy
      expect(got).toEqual(payloads.map((p) => p.toString()));
    }
    // The frames, concatenated, are the file (the importer hashes them as it reads).
    const frames = Buffer.concat(Array.from(readTfRecords(file, 64), (r) => Buffer.from(r.frame)));
    expect(frames.equals(readFileSync(file))).toBe(true);
  });

  it('reads an empty file as no records', () => {
    expect([...readTfRecords(writeRecords('empty.tfrecord', []))]).toEqual([]);
  });

  describe('names the file, the record index and the problem', () => {
    const good = readFileSync(writeRecords('good.tfrecord', payloads.slice(0, 5)));
    // Offset of record 3: sum of the framed sizes of records 0..2.
    const offset3 = payloads.slice(0, 3).reduce((sum, p) => sum + 16 + p.length, 0);

    const broken = (name: string, bytes: Buffer) => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      return () => [...readTfRecords(file, 32)];
    };

    it('truncated data', () => {
      const read = broken('truncated.tfrecord', good.subarray(0, good.length - 3));
      expect(read).toThrow(/truncated\.tfrecord: record 4: truncated/);
    });

    it('truncated header', () => {
      const read = broken('truncated-header.tfrecord', good.subarray(0, offset3 + 5));
      expect(read).toThrow(/truncated-header\.tfrecord: record 3: truncated header/);
    });

    it('data CRC mismatch', () => {
      const bytes = Buffer.from(good);
      bytes[offset3 + 12] ^= 1;
      expect(broken('data-crc.tfrecord', bytes)).toThrow(/data-crc\.tfrecord: record 3: data CRC mismatch/);
    });

    it('length CRC mismatch', () => {
      const bytes = Buffer.from(good);
      bytes[offset3 + 9] ^= 1;
      expect(broken('length-crc.tfrecord', bytes)).toThrow(/length-crc\.tfrecord: record 3: length CRC mismatch/);
    });

    it('a file of another type', () => {
      const read = broken('not.tfrecord', Buffer.from('{"matrix": [[0, 1], [0, 0]], "ops": ["input", "output"]}\n'));
      expect(read).toThrow(/not\.tfrecord: record 0: length CRC mismatch at byte 0 \(not a TFRecord file\?\)/);
    });
  });
});
