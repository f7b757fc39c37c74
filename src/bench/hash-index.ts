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
  private readonly mask: number;
  private readonly probe = new Uint8Array(HASH_BYTES);

  /** `hashes` holds `size` hashes of 16 bytes each; they must be distinct. */
  constructor(
    private readonly hashes: Uint8Array,
    size: number,
  ) {
    let capacity = 16;
    while (capacity < 2 * size) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let i = 0; i < size; i++) {
      let slot = this.keyAt(hashes, i * HASH_BYTES) & this.mask;
      while (this.slots[slot] !== -1) {
        if (this.equalRows(this.slots[slot], hashes, i * HASH_BYTES)) {
          throw new Error(`duplicate hash ${bytesToHex(hashes, i * HASH_BYTES)} at rows ${this.slots[slot]} and ${i}`);
        }
        slot = (slot + 1) & this.mask;
      }
      this.slots[slot] = i;
    }
  }

  /** Row of `hex`, or -1 when absent or not a hash. */
  indexOf(hex: string): number {
    if (!hexToBytes(hex, this.probe, 0)) return -1;
    let slot = this.keyAt(this.probe, 0) & this.mask;
    for (;;) {
      const row = this.slots[slot];
      if (row === -1 || this.equalRows(row, this.probe, 0)) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  private keyAt(bytes: Uint8Array, offset: number): number {
    return (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
  }

  private equalRows(row: number, bytes: Uint8Array, offset: number): boolean {
    const base = row * HASH_BYTES;
    for (let k = 0; k < HASH_BYTES; k++) if (this.hashes[base + k] !== bytes[offset + k]) return false;
    return true;
  }
}
