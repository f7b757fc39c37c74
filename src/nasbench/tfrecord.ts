/**
 * TFRecord files, record by record in constant memory: each record is a u64 LE length, the masked CRC-32C of
 * those 8 bytes, the data, and the masked CRC-32C of the data. Both CRCs are checked; errors name the file,
 * the record index and its byte offset.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { onFile } from '../io/file-error.js';
import { maskedCrc32c } from './crc32c.js';

export interface TfRecord {
  readonly index: number;
  /** Byte offset of the record's header in the file. */
  readonly offset: number;
  /** Valid until the next record is read. */
  readonly data: Uint8Array;
  /** The whole framed record (length, CRCs, data): the frames in order are the file's bytes. */
  readonly frame: Uint8Array;
}

export class TfRecordError extends Error {
  constructor(
    readonly file: string,
    readonly index: number,
    message: string,
  ) {
    super(`${file}: record ${index}: ${message}`);
  }
}

const HEADER = 12;
const FOOTER = 4;
/** Larger than any NAS-Bench-101 record (a few hundred bytes): a length beyond it is corruption, not data. */
const MAX_RECORD = 64 * 1024 * 1024;

/** Iterate over the records of `file`; memory stays one chunk (or one record, if larger). */
export function* readTfRecords(file: string, chunkSize = 1 << 22): Generator<TfRecord> {
  const fd = onFile(file, () => openSync(file, 'r'));
  try {
    const fileSize = fstatSync(fd).size;
    let buffer = Buffer.alloc(chunkSize);
    let start = 0; // first unconsumed byte in buffer
    let end = 0; // end of valid bytes in buffer
    let position = 0; // file offset of buffer[0]
    let eof = false;
    // Ensure `n` bytes from `start` are in the buffer; false at the end of the file.
    const fill = (n: number): boolean => {
      if (end - start >= n) return true;
      if (start > 0) {
        buffer.copy(buffer, 0, start, end);
        position += start;
        end -= start;
        start = 0;
      }
      if (n > buffer.length) {
        const bigger = Buffer.alloc(Math.max(n, buffer.length * 2));
        buffer.copy(bigger, 0, 0, end);
        buffer = bigger;
      }
      while (end < n && !eof) {
        const got = readSync(fd, buffer, end, buffer.length - end, position + end);
        if (got === 0) eof = true;
        end += got;
      }
      return end - start >= n;
    };
    for (let index = 0; ; index++) {
      if (!fill(1)) return;
      const offset = position + start;
      if (!fill(HEADER)) throw new TfRecordError(file, index, `truncated header at byte ${offset} (file has ${fileSize} bytes)`);
      const lengthCrc = buffer.readUInt32LE(start + 8);
      if (maskedCrc32c(buffer, start, start + 8) !== lengthCrc) {
        const hint = index === 0 ? ' (not a TFRecord file?)' : '';
        throw new TfRecordError(file, index, `length CRC mismatch at byte ${offset}${hint}`);
      }
      const length = Number(buffer.readBigUInt64LE(start));
      if (length > MAX_RECORD) throw new TfRecordError(file, index, `implausible length ${length} at byte ${offset}`);
      if (!fill(HEADER + length + FOOTER)) {
        throw new TfRecordError(file, index, `truncated: ${length} data bytes announced at byte ${offset}, file has ${fileSize} bytes`);
      }
      const dataStart = start + HEADER;
      const dataEnd = dataStart + length;
      if (maskedCrc32c(buffer, dataStart, dataEnd) !== buffer.readUInt32LE(dataEnd)) {
        throw new TfRecordError(file, index, `data CRC mismatch at byte ${offset}`);
      }
      const frameStart = start;
      start = dataEnd + FOOTER;
      yield { index, offset, data: buffer.subarray(dataStart, dataEnd), frame: buffer.subarray(frameStart, start) };
    }
  } finally {
    closeSync(fd);
  }
}

/** Frame one record's data (length, masked CRCs) as TFRecord bytes. */
export function frameTfRecord(data: Uint8Array): Buffer {
  const out = Buffer.alloc(HEADER + data.length + FOOTER);
  out.writeBigUInt64LE(BigInt(data.length), 0);
  out.writeUInt32LE(maskedCrc32c(out, 0, 8), 8);
  out.set(data, HEADER);
  out.writeUInt32LE(maskedCrc32c(data), HEADER + data.length);
  return out;
}

/** Buffered sequential writer of TFRecord files. */
export class TfRecordWriter {
  private readonly fd: number;
  private readonly pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }

  write(data: Uint8Array): void {
    const framed = frameTfRecord(data);
    this.pending.push(framed);
    this.pendingBytes += framed.length;
    if (this.pendingBytes >= 1 << 22) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    writeSync(this.fd, chunk);
    this.pending.length = 0;
    this.pendingBytes = 0;
  }
}
