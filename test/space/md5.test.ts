import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Md5Batch, hexString, md5Hex, writeHexWords } from '../../src/space/md5.js';
import { derivedRandom, randomInt } from '../../src/random.js';

const nodeMd5 = (bytes: Uint8Array): string => createHash('md5').update(bytes).digest('hex');

function randomBytes(random: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => randomInt(random, 256));
}

describe('md5', () => {
  it('gives the RFC 1321 test-suite digests (appendix A.5)', () => {
    const suite: [string, string][] = [
      ['', 'd41d8cd98f00b204e9800998ecf8427e'],
      ['a', '0cc175b9c0f1b6a831c399e269772661'],
      ['abc', '900150983cd24fb0d6963f7d28e17f72'],
      ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
      ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
      ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
      ['1234567890'.repeat(8), '57edf4a22be3c955ac49da2e2107b67a'],
    ];
    for (const [text, digest] of suite) expect(md5Hex(new TextEncoder().encode(text)), text).toBe(digest);
  });

  it('equals node:crypto on random messages of every length 0..300 (every padding case)', () => {
    const random = derivedRandom(3, 'md5-lengths');
    for (let length = 0; length <= 300; length++) {
      for (let trial = 0; trial < 10; trial++) {
        const bytes = randomBytes(random, length);
        expect(md5Hex(bytes), `length ${length}`).toBe(nodeMd5(bytes));
      }
    }
  });

  it('digests a batch of messages of mixed lengths, reusing the buffer (stale padding must not leak)', () => {
    const random = derivedRandom(4, 'md5-batch');
    const batch = new Md5Batch(9, 300);
    for (let trial = 0; trial < 200; trial++) {
      const count = 1 + randomInt(random, 9);
      const messages = [...Array(count)].map(() => randomBytes(random, randomInt(random, 301)));
      messages.forEach((bytes, m) => {
        batch.bytes.set(bytes, 4 * m * batch.stride);
        batch.lengths[m] = bytes.length;
      });
      batch.digest(count);
      messages.forEach((bytes, m) => expect(hexString(batch.states, 4 * m), `trial ${trial}`).toBe(nodeMd5(bytes)));
    }
  });

  it('refuses a message longer than its slot', () => {
    const batch = new Md5Batch(1, 55); // one block: up to 55 bytes
    batch.lengths[0] = 56;
    expect(() => batch.digest(1)).toThrow(/56 bytes exceeds its 64-byte slot/);
  });

  it('writes the hex text as little-endian words', () => {
    const batch = new Md5Batch(1, 3);
    batch.bytes.set(new TextEncoder().encode('abc'));
    batch.lengths[0] = 3;
    batch.digest(1);
    const words = new Int32Array(8);
    writeHexWords(batch.states, 0, words, 0);
    expect(new TextDecoder().decode(new Uint8Array(words.buffer))).toBe('900150983cd24fb0d6963f7d28e17f72'); // RFC 1321 A.5
  });
});
