import { describe, expect, it } from 'vitest';
import { crc32c, maskedCrc32c } from '../../src/nasbench/crc32c.js';

describe('crc32c', () => {
  it('matches the CRC-32C check value and the RFC 3720 (iSCSI) test vectors', () => {
    // Check value of CRC-32C for "123456789" (Castagnoli; the CRC catalogue's "check" field): 0xE3069283.
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    // RFC 3720 B.4: 32 bytes of zeros -> 0x8A9136AA, of 0xFF -> 0x62A8AB43, 0..31 -> 0x46DD794E, 31..0 -> 0x113FDB5C.
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa);
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i))).toBe(0x46dd794e);
    expect(crc32c(Uint8Array.from({ length: 32 }, (_, i) => 31 - i))).toBe(0x113fdb5c);
  });

  it('covers a sub-range exactly like a copy of it (odd start and end)', () => {
    const bytes = Uint8Array.from({ length: 101 }, (_, i) => (i * 37) & 0xff);
    expect(crc32c(bytes, 3, 98)).toBe(crc32c(bytes.slice(3, 98)));
  });

  it('masks as TensorFlow does', () => {
    // TensorFlow's crc32c::Mask: ((crc >> 15) | (crc << 17)) + 0xa282ead8 (mod 2^32); for 0xE3069283, computed by hand:
    // rotr15(0xE3069283) = 0x2507C60D, + 0xA282EAD8 = 0xC78AB0E5.
    expect(maskedCrc32c(Buffer.from('123456789'))).toBe(0xc78ab0e5);
  });
});
