/**
 * MD5 (RFC 1321) for many short messages: the message is written into a reusable buffer, padded in place and
 * compressed with an unrolled round function, so a digest allocates nothing. node:crypto costs about 1 us a
 * call whatever the length; the module hash makes ~60 calls on 34..250-byte messages per cell.
 */

// The message words are read through an Int32Array view of the bytes, which MD5 wants little-endian.
if (new Uint8Array(Uint32Array.of(1).buffer)[0] !== 1) throw new Error('md5.ts: needs a little-endian platform');

/** A message buffer and the digest of its last `digest` call. */
export class Md5Buffer {
  /** The message is written here from byte 0, as bytes or as little-endian words (two views of one buffer). */
  readonly bytes: Uint8Array;
  readonly words: Int32Array;
  /** The digest as four little-endian words (MD5's a, b, c, d): byte i of the digest is byte i%4 of word i>>2. */
  readonly state = new Int32Array(4);

  /** A buffer for messages of up to `capacity` bytes (plus room for the padding). */
  constructor(capacity: number) {
    this.bytes = new Uint8Array(64 * Math.ceil((capacity + 9) / 64));
    this.words = new Int32Array(this.bytes.buffer);
  }

  /** Digests bytes [0, length) into `state`. The padding overwrites the buffer from `length` on. */
  digest(length: number): void {
    const { bytes, words, state } = this;
    const blocks = (length + 72) >>> 6; // ceil((length + 9) / 64)
    if (64 * blocks > bytes.length) throw new RangeError(`md5: message of ${length} bytes exceeds the buffer`);
    bytes[length] = 0x80;
    const last = 16 * blocks - 2; // word index of the bit length
    let i = length + 1;
    for (; (i & 3) !== 0; i++) bytes[i] = 0;
    for (i >>>= 2; i < last; i++) words[i] = 0;
    words[last] = length << 3;
    words[last + 1] = length >>> 29;
    state[0] = 0x67452301;
    state[1] = -0x10325477; // 0xefcdab89
    state[2] = -0x67452302; // 0x98badcfe
    state[3] = 0x10325476;
    for (let block = 0; block < blocks; block++) compress(state, words, 16 * block);
  }
}

/** One MD5 compression of the 16 words from `at` into `state`. */
function compress(state: Int32Array, words: Int32Array, at: number): void {
  let a = state[0];
  let b = state[1];
  let c = state[2];
  let d = state[3];
  const m0 = words[at + 0];
  const m1 = words[at + 1];
  const m2 = words[at + 2];
  const m3 = words[at + 3];
  const m4 = words[at + 4];
  const m5 = words[at + 5];
  const m6 = words[at + 6];
  const m7 = words[at + 7];
  const m8 = words[at + 8];
  const m9 = words[at + 9];
  const m10 = words[at + 10];
  const m11 = words[at + 11];
  const m12 = words[at + 12];
  const m13 = words[at + 13];
  const m14 = words[at + 14];
  const m15 = words[at + 15];
  a = (a + (((c ^ d) & b) ^ d) + m0 + -0x28955b88) | 0;
  a = ((a << 7) | (a >>> 25)) + b | 0;
  d = (d + (((b ^ c) & a) ^ c) + m1 + -0x173848aa) | 0;
  d = ((d << 12) | (d >>> 20)) + a | 0;
  c = (c + (((a ^ b) & d) ^ b) + m2 + 0x242070db) | 0;
  c = ((c << 17) | (c >>> 15)) + d | 0;
  b = (b + (((d ^ a) & c) ^ a) + m3 + -0x3e423112) | 0;
  b = ((b << 22) | (b >>> 10)) + c | 0;
  a = (a + (((c ^ d) & b) ^ d) + m4 + -0xa83f051) | 0;
  a = ((a << 7) | (a >>> 25)) + b | 0;
  d = (d + (((b ^ c) & a) ^ c) + m5 + 0x4787c62a) | 0;
  d = ((d << 12) | (d >>> 20)) + a | 0;
  c = (c + (((a ^ b) & d) ^ b) + m6 + -0x57cfb9ed) | 0;
  c = ((c << 17) | (c >>> 15)) + d | 0;
  b = (b + (((d ^ a) & c) ^ a) + m7 + -0x2b96aff) | 0;
  b = ((b << 22) | (b >>> 10)) + c | 0;
  a = (a + (((c ^ d) & b) ^ d) + m8 + 0x698098d8) | 0;
  a = ((a << 7) | (a >>> 25)) + b | 0;
  d = (d + (((b ^ c) & a) ^ c) + m9 + -0x74bb0851) | 0;
  d = ((d << 12) | (d >>> 20)) + a | 0;
  c = (c + (((a ^ b) & d) ^ b) + m10 + -0xa44f) | 0;
  c = ((c << 17) | (c >>> 15)) + d | 0;
  b = (b + (((d ^ a) & c) ^ a) + m11 + -0x76a32842) | 0;
  b = ((b << 22) | (b >>> 10)) + c | 0;
  a = (a + (((c ^ d) & b) ^ d) + m12 + 0x6b901122) | 0;
  a = ((a << 7) | (a >>> 25)) + b | 0;
  d = (d + (((b ^ c) & a) ^ c) + m13 + -0x2678e6d) | 0;
  d = ((d << 12) | (d >>> 20)) + a | 0;
  c = (c + (((a ^ b) & d) ^ b) + m14 + -0x5986bc72) | 0;
  c = ((c << 17) | (c >>> 15)) + d | 0;
  b = (b + (((d ^ a) & c) ^ a) + m15 + 0x49b40821) | 0;
  b = ((b << 22) | (b >>> 10)) + c | 0;
  a = (a + (((b ^ c) & d) ^ c) + m1 + -0x9e1da9e) | 0;
  a = ((a << 5) | (a >>> 27)) + b | 0;
  d = (d + (((a ^ b) & c) ^ b) + m6 + -0x3fbf4cc0) | 0;
  d = ((d << 9) | (d >>> 23)) + a | 0;
  c = (c + (((d ^ a) & b) ^ a) + m11 + 0x265e5a51) | 0;
  c = ((c << 14) | (c >>> 18)) + d | 0;
  b = (b + (((c ^ d) & a) ^ d) + m0 + -0x16493856) | 0;
  b = ((b << 20) | (b >>> 12)) + c | 0;
  a = (a + (((b ^ c) & d) ^ c) + m5 + -0x29d0efa3) | 0;
  a = ((a << 5) | (a >>> 27)) + b | 0;
  d = (d + (((a ^ b) & c) ^ b) + m10 + 0x2441453) | 0;
  d = ((d << 9) | (d >>> 23)) + a | 0;
  c = (c + (((d ^ a) & b) ^ a) + m15 + -0x275e197f) | 0;
  c = ((c << 14) | (c >>> 18)) + d | 0;
  b = (b + (((c ^ d) & a) ^ d) + m4 + -0x182c0438) | 0;
  b = ((b << 20) | (b >>> 12)) + c | 0;
  a = (a + (((b ^ c) & d) ^ c) + m9 + 0x21e1cde6) | 0;
  a = ((a << 5) | (a >>> 27)) + b | 0;
  d = (d + (((a ^ b) & c) ^ b) + m14 + -0x3cc8f82a) | 0;
  d = ((d << 9) | (d >>> 23)) + a | 0;
  c = (c + (((d ^ a) & b) ^ a) + m3 + -0xb2af279) | 0;
  c = ((c << 14) | (c >>> 18)) + d | 0;
  b = (b + (((c ^ d) & a) ^ d) + m8 + 0x455a14ed) | 0;
  b = ((b << 20) | (b >>> 12)) + c | 0;
  a = (a + (((b ^ c) & d) ^ c) + m13 + -0x561c16fb) | 0;
  a = ((a << 5) | (a >>> 27)) + b | 0;
  d = (d + (((a ^ b) & c) ^ b) + m2 + -0x3105c08) | 0;
  d = ((d << 9) | (d >>> 23)) + a | 0;
  c = (c + (((d ^ a) & b) ^ a) + m7 + 0x676f02d9) | 0;
  c = ((c << 14) | (c >>> 18)) + d | 0;
  b = (b + (((c ^ d) & a) ^ d) + m12 + -0x72d5b376) | 0;
  b = ((b << 20) | (b >>> 12)) + c | 0;
  a = (a + (b ^ c ^ d) + m5 + -0x5c6be) | 0;
  a = ((a << 4) | (a >>> 28)) + b | 0;
  d = (d + (a ^ b ^ c) + m8 + -0x788e097f) | 0;
  d = ((d << 11) | (d >>> 21)) + a | 0;
  c = (c + (d ^ a ^ b) + m11 + 0x6d9d6122) | 0;
  c = ((c << 16) | (c >>> 16)) + d | 0;
  b = (b + (c ^ d ^ a) + m14 + -0x21ac7f4) | 0;
  b = ((b << 23) | (b >>> 9)) + c | 0;
  a = (a + (b ^ c ^ d) + m1 + -0x5b4115bc) | 0;
  a = ((a << 4) | (a >>> 28)) + b | 0;
  d = (d + (a ^ b ^ c) + m4 + 0x4bdecfa9) | 0;
  d = ((d << 11) | (d >>> 21)) + a | 0;
  c = (c + (d ^ a ^ b) + m7 + -0x944b4a0) | 0;
  c = ((c << 16) | (c >>> 16)) + d | 0;
  b = (b + (c ^ d ^ a) + m10 + -0x41404390) | 0;
  b = ((b << 23) | (b >>> 9)) + c | 0;
  a = (a + (b ^ c ^ d) + m13 + 0x289b7ec6) | 0;
  a = ((a << 4) | (a >>> 28)) + b | 0;
  d = (d + (a ^ b ^ c) + m0 + -0x155ed806) | 0;
  d = ((d << 11) | (d >>> 21)) + a | 0;
  c = (c + (d ^ a ^ b) + m3 + -0x2b10cf7b) | 0;
  c = ((c << 16) | (c >>> 16)) + d | 0;
  b = (b + (c ^ d ^ a) + m6 + 0x4881d05) | 0;
  b = ((b << 23) | (b >>> 9)) + c | 0;
  a = (a + (b ^ c ^ d) + m9 + -0x262b2fc7) | 0;
  a = ((a << 4) | (a >>> 28)) + b | 0;
  d = (d + (a ^ b ^ c) + m12 + -0x1924661b) | 0;
  d = ((d << 11) | (d >>> 21)) + a | 0;
  c = (c + (d ^ a ^ b) + m15 + 0x1fa27cf8) | 0;
  c = ((c << 16) | (c >>> 16)) + d | 0;
  b = (b + (c ^ d ^ a) + m2 + -0x3b53a99b) | 0;
  b = ((b << 23) | (b >>> 9)) + c | 0;
  a = (a + (c ^ (b | ~d)) + m0 + -0xbd6ddbc) | 0;
  a = ((a << 6) | (a >>> 26)) + b | 0;
  d = (d + (b ^ (a | ~c)) + m7 + 0x432aff97) | 0;
  d = ((d << 10) | (d >>> 22)) + a | 0;
  c = (c + (a ^ (d | ~b)) + m14 + -0x546bdc59) | 0;
  c = ((c << 15) | (c >>> 17)) + d | 0;
  b = (b + (d ^ (c | ~a)) + m5 + -0x36c5fc7) | 0;
  b = ((b << 21) | (b >>> 11)) + c | 0;
  a = (a + (c ^ (b | ~d)) + m12 + 0x655b59c3) | 0;
  a = ((a << 6) | (a >>> 26)) + b | 0;
  d = (d + (b ^ (a | ~c)) + m3 + -0x70f3336e) | 0;
  d = ((d << 10) | (d >>> 22)) + a | 0;
  c = (c + (a ^ (d | ~b)) + m10 + -0x100b83) | 0;
  c = ((c << 15) | (c >>> 17)) + d | 0;
  b = (b + (d ^ (c | ~a)) + m1 + -0x7a7ba22f) | 0;
  b = ((b << 21) | (b >>> 11)) + c | 0;
  a = (a + (c ^ (b | ~d)) + m8 + 0x6fa87e4f) | 0;
  a = ((a << 6) | (a >>> 26)) + b | 0;
  d = (d + (b ^ (a | ~c)) + m15 + -0x1d31920) | 0;
  d = ((d << 10) | (d >>> 22)) + a | 0;
  c = (c + (a ^ (d | ~b)) + m6 + -0x5cfebcec) | 0;
  c = ((c << 15) | (c >>> 17)) + d | 0;
  b = (b + (d ^ (c | ~a)) + m13 + 0x4e0811a1) | 0;
  b = ((b << 21) | (b >>> 11)) + c | 0;
  a = (a + (c ^ (b | ~d)) + m4 + -0x8ac817e) | 0;
  a = ((a << 6) | (a >>> 26)) + b | 0;
  d = (d + (b ^ (a | ~c)) + m11 + -0x42c50dcb) | 0;
  d = ((d << 10) | (d >>> 22)) + a | 0;
  c = (c + (a ^ (d | ~b)) + m2 + 0x2ad7d2bb) | 0;
  c = ((c << 15) | (c >>> 17)) + d | 0;
  b = (b + (d ^ (c | ~a)) + m9 + -0x14792c6f) | 0;
  b = ((b << 21) | (b >>> 11)) + c | 0;
  state[0] = (state[0] + a) | 0;
  state[1] = (state[1] + b) | 0;
  state[2] = (state[2] + c) | 0;
  state[3] = (state[3] + d) | 0;
}

const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** The two hex characters of a byte as a little-endian 16-bit word: ASCII high digit, then low digit. */
const HEX_CODES16 = Uint16Array.from(HEX_PAIRS, (pair) => pair.charCodeAt(0) | (pair.charCodeAt(1) << 8));

/**
 * Writes the 32 hex characters of `state` (as hexdigest() spells them) as 8 little-endian words at `out[at..]`,
 * i.e. the words of the hex text's bytes, ready to be copied into another md5 message.
 */
export function writeHexWords(state: Int32Array, out: Int32Array, at: number): void {
  for (let w = 0; w < 4; w++, at += 2) {
    const word = state[w];
    out[at] = HEX_CODES16[word & 0xff] | (HEX_CODES16[(word >>> 8) & 0xff] << 16);
    out[at + 1] = HEX_CODES16[(word >>> 16) & 0xff] | (HEX_CODES16[word >>> 24] << 16);
  }
}

/** The 32-character hex digest of `state`. */
export function hexString(state: Int32Array): string {
  let hex = '';
  for (let w = 0; w < 4; w++) {
    const word = state[w];
    hex += HEX_PAIRS[word & 0xff] + HEX_PAIRS[(word >>> 8) & 0xff] + HEX_PAIRS[(word >>> 16) & 0xff] + HEX_PAIRS[word >>> 24];
  }
  return hex;
}

/** md5(bytes) as a hex string (a convenience; hot loops reuse an Md5Buffer). */
export function md5Hex(bytes: Uint8Array): string {
  const buffer = new Md5Buffer(bytes.length);
  buffer.bytes.set(bytes);
  buffer.digest(bytes.length);
  return hexString(buffer.state);
}
