/**
 * MD5 (RFC 1321) for batches of short messages, as the module hash needs them (~50 messages of 34..250 bytes a
 * cell). node:crypto costs about 1 us a call whatever the length. Here messages are written into a reusable
 * buffer and padded in place, and independent messages are compressed together: MD5 is one long dependency
 * chain, so a single message leaves the CPU mostly idle, while interleaving the steps of LANES messages lets it
 * run them side by side. The compression functions are generated at load time (fully unrolled, one per lane
 * count) from the RFC's tables, so that the JIT compiles straight-line integer code.
 */

// The message words are read through an Int32Array view of the bytes, which MD5 wants little-endian.
if (new Uint8Array(Uint32Array.of(1).buffer)[0] !== 1) throw new Error('md5.ts: needs a little-endian platform');

/**
 * How many messages are compressed together. Measured on the shared 2-core AMD EPYC dev VM: 2 lanes hash
 * ~1.3x the cells a second of 1 (compression alone ~1.4x); 3 lanes were within the noise of 2, 4 slower.
 */
const LANES = 2;

/** RFC 1321's T[i] = floor(2^32 |sin(i + 1)|). */
const T = [
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];
/** Left-rotation amounts, by round and step within a group of four. */
const ROTATIONS = [
  [7, 12, 17, 22],
  [5, 9, 14, 20],
  [4, 11, 16, 23],
  [6, 10, 15, 21],
];
/** The round functions F, G, H, I (F and G in their xor forms, one operation shorter). */
const ROUND_FUNCTIONS = [
  (b: string, c: string, d: string) => `(((${c} ^ ${d}) & ${b}) ^ ${d})`,
  (b: string, c: string, d: string) => `(((${b} ^ ${c}) & ${d}) ^ ${c})`,
  (b: string, c: string, d: string) => `(${b} ^ ${c} ^ ${d})`,
  (b: string, c: string, d: string) => `(${c} ^ (${b} | ~${d}))`,
];
/** Which message word step i reads. */
const wordIndex = (i: number): number => [i, 5 * i + 1, 3 * i + 5, 7 * i][i >> 4] % 16;

/** compress(words, states, s0, p0, s1, p1, ...): adds the block at words[p_l..] into states[s_l..s_l+4) for each lane. */
type Compress = (words: Int32Array, states: Int32Array, ...lanes: number[]) => void;

/** The source of a compression function for `lanes` interleaved messages. */
function compressSource(lanes: number): string {
  const lines: string[] = [];
  const registers: string[][] = [];
  for (let l = 0; l < lanes; l++) {
    registers.push(['a', 'b', 'c', 'd'].map((r) => `${r}${l}`));
    registers[l].forEach((r, j) => lines.push(`let ${r} = states[s${l} + ${j}];`));
    for (let j = 0; j < 16; j++) lines.push(`const m${l}_${j} = words[p${l} + ${j}];`);
  }
  for (let i = 0; i < 64; i++) {
    const shift = ROTATIONS[i >> 4][i & 3];
    for (let l = 0; l < lanes; l++) {
      const [a, b, c, d] = registers[l];
      const f = ROUND_FUNCTIONS[i >> 4](b, c, d);
      lines.push(`${a} = (${a} + ${f} + m${l}_${wordIndex(i)} + ${T[i] | 0}) | 0;`);
      lines.push(`${a} = (((${a} << ${shift}) | (${a} >>> ${32 - shift})) + ${b}) | 0;`);
      registers[l] = [d, a, b, c];
    }
  }
  for (let l = 0; l < lanes; l++) {
    ['a', 'b', 'c', 'd'].forEach((r, j) => lines.push(`states[s${l} + ${j}] = (states[s${l} + ${j}] + ${r}${l}) | 0;`));
  }
  return lines.join('\n');
}

function makeCompress(lanes: number): Compress {
  const parameters = Array.from({ length: lanes }, (_, l) => [`s${l}`, `p${l}`]).flat();
  return new Function('words', 'states', ...parameters, compressSource(lanes)) as Compress;
}
const compress1 = makeCompress(1);
const compress2 = makeCompress(LANES);

const IV = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476];

/** Room for `count` messages of up to `capacity` bytes each, and their digests. */
export class Md5Batch {
  /** Message i is written from byte i * 4 * stride (word i * stride); it is padded in place by `digest`. */
  readonly bytes: Uint8Array;
  readonly words: Int32Array;
  /** Words a message slot spans. */
  readonly stride: number;
  /** The byte length of each message, set before `digest`. */
  readonly lengths: Int32Array;
  /** Digest i, as four little-endian words (MD5's a, b, c, d) at states[4i..4i+4): digest byte j is byte j%4 of word j>>2. */
  readonly states: Int32Array;
  private readonly ends: Int32Array; // where each padded message ends (word index)
  private readonly laneMessage = new Int32Array(LANES);
  private readonly laneWord = new Int32Array(LANES);

  constructor(count: number, capacity: number) {
    this.stride = 16 * Math.ceil((capacity + 9) / 64); // room for the 0x80 byte and the 8-byte length
    this.bytes = new Uint8Array(4 * this.stride * count);
    this.words = new Int32Array(this.bytes.buffer);
    this.lengths = new Int32Array(count);
    this.states = new Int32Array(4 * count);
    this.ends = new Int32Array(count);
  }

  /** Digests messages 0..count-1 into `states`. */
  digest(count: number): void {
    const { bytes, words, stride, lengths, states, ends, laneMessage, laneWord } = this;
    for (let m = 0; m < count; m++) {
      const start = m * stride;
      const length = lengths[m];
      const blocks = (length + 72) >>> 6; // ceil((length + 9) / 64)
      if (16 * blocks > stride) throw new RangeError(`md5: message of ${length} bytes exceeds its ${4 * stride}-byte slot`);
      let i = 4 * start + length;
      bytes[i++] = 0x80;
      for (; (i & 3) !== 0; i++) bytes[i] = 0;
      const last = start + 16 * blocks - 2; // word index of the bit length
      for (i >>>= 2; i < last; i++) words[i] = 0;
      words[last] = length << 3;
      words[last + 1] = length >>> 29;
      ends[m] = start + 16 * blocks;
      for (let j = 0; j < 4; j++) states[4 * m + j] = IV[j];
    }
    // Each lane works through one message at a time; a lane whose message ends takes the next one.
    let active = 0;
    let next = 0;
    for (;;) {
      for (; active < LANES && next < count; active++, next++) {
        laneMessage[active] = next;
        laneWord[active] = next * stride;
      }
      if (active === 0) return;
      const s = laneMessage;
      const p = laneWord;
      if (active === 2) compress2(words, states, 4 * s[0], p[0], 4 * s[1], p[1]);
      else compress1(words, states, 4 * s[0], p[0]);
      let kept = 0;
      for (let l = 0; l < active; l++) {
        const word = laneWord[l] + 16;
        if (word < ends[laneMessage[l]]) {
          laneMessage[kept] = laneMessage[l];
          laneWord[kept++] = word;
        }
      }
      active = kept;
    }
  }
}

const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** The two hex characters of a byte as a little-endian 16-bit word: ASCII high digit, then low digit. */
const HEX_CODES16 = Uint16Array.from(HEX_PAIRS, (pair) => pair.charCodeAt(0) | (pair.charCodeAt(1) << 8));

/**
 * Writes the 32 hex characters of digest `states[at..at+4)` (as hexdigest() spells them) as 8 little-endian
 * words at `out[to..]`: the words of the hex text's bytes, ready to be copied into another md5 message.
 */
export function writeHexWords(states: Int32Array, at: number, out: Int32Array, to: number): void {
  for (let w = 0; w < 4; w++, to += 2) {
    const word = states[at + w];
    out[to] = HEX_CODES16[word & 0xff] | (HEX_CODES16[(word >>> 8) & 0xff] << 16);
    out[to + 1] = HEX_CODES16[(word >>> 16) & 0xff] | (HEX_CODES16[word >>> 24] << 16);
  }
}

/** The 32-character hex text of digest `states[at..at+4)`. */
export function hexString(states: Int32Array, at: number): string {
  let hex = '';
  for (let w = 0; w < 4; w++) {
    const word = states[at + w];
    hex += HEX_PAIRS[word & 0xff] + HEX_PAIRS[(word >>> 8) & 0xff] + HEX_PAIRS[(word >>> 16) & 0xff] + HEX_PAIRS[word >>> 24];
  }
  return hex;
}

/** md5(bytes) as hex text: a convenience for one-off messages; hot loops reuse an Md5Batch. */
export function md5Hex(bytes: Uint8Array): string {
  const batch = new Md5Batch(1, bytes.length);
  batch.bytes.set(bytes);
  batch.lengths[0] = bytes.length;
  batch.digest(1);
  return hexString(batch.states, 0);
}
