/**
 * Open-addressing index from a 128-bit module hash (32 hex digits, stored as 16 bytes) to a row number.
 * MD5 hashes are uniform, so the first 32 bits are a good slot key; lookups parse only what they compare.
 */
export const HASH_BYTES = 16;

/** Parse 32 lower- or upper-case hex digits into `out` at `offset`; false when the text is not such a hash. */
export function hexToBytes(hex: string, out: Uint8Array, offset: number): boolean {
  if (hex.length !== 2 * HASH_BYTES) return false;
  for (let k = 0; k < HASH_BYTES; k++) {
    const hi = nibble(hex.charCodeAt(2 * k));
    const lo = nibble(hex.charCodeAt(2 * k + 1));
    if ((hi | lo) < 0) return false;
    out[offset + k] = (hi << 4) | lo;
  }
  return true;
}

export function bytesToHex(bytes: Uint8Array, offset: number): string {
  let s = '';
  for (let k = 0; k < HASH_BYTES; k++) s += HEX[bytes[offset + k]];
  return s;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function nibble(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

export class HashIndex {
  private readonly slots: Int32Array;
  /** The first 32 bits of each slot's hash: most misses end here without touching the hash column. */
  private readonly keys: Uint32Array;
  private readonly mask: number;

  /** `hashes` holds `size` hashes of 16 bytes each; they must be distinct. */
  constructor(
    private readonly hashes: Uint8Array,
    size: number,
  ) {
    let capacity = 16;
    while (capacity < 2 * size) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.keys = new Uint32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < size; i++) {
      const base = i * HASH_BYTES;
      const key = ((hashes[base] << 24) | (hashes[base + 1] << 16) | (hashes[base + 2] << 8) | hashes[base + 3]) >>> 0;
      let slot = key & this.mask;
      while (this.slots[slot] !== -1) {
        if (this.keys[slot] === key && this.sameBytes(this.slots[slot], base)) {
          throw new Error(`duplicate hash ${bytesToHex(hashes, base)} at rows ${this.slots[slot]} and ${i}`);
        }
        slot = (slot + 1) & this.mask;
      }
      this.slots[slot] = i;
      this.keys[slot] = key;
    }
  }

  /** Row of `hex` (either case), or -1 when absent or not a hash. */
  indexOf(hex: string): number {
    if (hex.length !== 2 * HASH_BYTES) return -1;
    let key = 0;
    for (let k = 0; k < 8; k++) {
      const n = nibble(hex.charCodeAt(k));
      if (n < 0) return -1;
      key = (key << 4) | n;
    }
    key >>>= 0;
    for (let slot = key & this.mask; ; slot = (slot + 1) & this.mask) {
      const row = this.slots[slot];
      if (row === -1) return -1;
      if (this.keys[slot] === key && this.matches(row, hex)) return row;
    }
  }

  private matches(row: number, hex: string): boolean {
    const base = row * HASH_BYTES;
    for (let k = 4; k < HASH_BYTES; k++) {
      const byte = this.hashes[base + k];
      if (nibble(hex.charCodeAt(2 * k)) !== byte >> 4 || nibble(hex.charCodeAt(2 * k + 1)) !== (byte & 15)) return false;
    }
    return true;
  }

  private sameBytes(row: number, base: number): boolean {
    const other = row * HASH_BYTES;
    for (let k = 0; k < HASH_BYTES; k++) if (this.hashes[other + k] !== this.hashes[base + k]) return false;
    return true;
  }
}
