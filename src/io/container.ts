/**
 * The one checksummed binary container of ws-repro (table caches, image cache, cell table, training checkpoints).
 *
 * Layout (little-endian):
 *   0   8 bytes   magic "WSREPRO\0"
 *   8   uint32    header length H
 *   12  32 bytes  sha256 of the header bytes
 *   44  H bytes   UTF-8 JSON header {format, version, meta, sections: [{name, offset, length, sha256}]}
 *   ...           the sections, each at an 8-byte aligned offset (so any typed array can view it)
 * Each section carries its own sha256, so a reader that needs one section (the 108-epoch block of a table) checks
 * only what it reads; every read is checked, and any mismatch names the file and the section.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write.js';
import { FileError, onFile } from './file-error.js';
import { sha256Hex as sha256 } from './sha256.js';

const MAGIC = 'WSREPRO\0';
const PREFIX = 44;

export interface ContainerContent {
  /** What the file holds, e.g. "ws-repro/nasbench101-table"; a reader refuses any other. */
  readonly format: string;
  /** Layout version of that format; a reader refuses any other. */
  readonly version: number;
  /** Small JSON-serialisable description (sizes, source, configuration). */
  readonly meta: unknown;
  readonly sections: ReadonlyMap<string, ArrayBufferView>;
}

interface SectionEntry {
  readonly name: string;
  readonly offset: number;
  readonly length: number;
  readonly sha256: string;
}

interface Header {
  readonly format: string;
  readonly version: number;
  readonly meta: unknown;
  readonly sections: readonly SectionEntry[];
}

const align = (offset: number): number => Math.ceil(offset / 8) * 8;
const bytesOf = (view: ArrayBufferView): Uint8Array => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);

/** Write a container to `path` atomically (writeFileAtomic). */
export function writeContainer(path: string, content: ContainerContent): void {
  const named = [...content.sections].map(([name, view]) => ({ name, bytes: bytesOf(view) }));
  const digests = named.map((s) => sha256(s.bytes));
  // The header's length depends on the offsets it lists: lay out until it is stable.
  let header = Buffer.alloc(0);
  let offsets: number[] = [];
  for (let attempt = 0; ; attempt++) {
    let offset = align(PREFIX + header.length);
    offsets = named.map((s) => {
      const at = offset;
      offset = align(at + s.bytes.length);
      return at;
    });
    const entries: SectionEntry[] = named.map((s, k) => ({ name: s.name, offset: offsets[k], length: s.bytes.length, sha256: digests[k] }));
    const next = Buffer.from(JSON.stringify({ format: content.format, version: content.version, meta: content.meta, sections: entries } satisfies Header), 'utf8');
    const stable = next.length === header.length;
    header = next;
    if (stable) break;
    if (attempt > 8) throw new Error(`${path}: the container header did not settle on a layout`);
  }
  const prefix = Buffer.alloc(PREFIX);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(header.length, 8);
  createHash('sha256').update(header).digest().copy(prefix, 12);
  const chunks: Uint8Array[] = [prefix, header];
  let at = PREFIX + header.length;
  named.forEach((s, k) => {
    if (offsets[k] > at) chunks.push(new Uint8Array(offsets[k] - at));
    chunks.push(s.bytes);
    at = offsets[k] + s.bytes.length;
  });
  writeFileAtomic(path, chunks);
}

export interface ContainerExpectation {
  readonly format: string;
  readonly version: number;
}

/** A container opened for reading: the header is checked; sections are read and checked on demand. */
export class ContainerReader {
  readonly meta: unknown;
  readonly sectionNames: readonly string[];
  private readonly entries: Map<string, SectionEntry>;
  private fd: number | undefined;

  private constructor(
    readonly path: string,
    fd: number,
    header: Header,
  ) {
    this.fd = fd;
    this.meta = header.meta;
    this.entries = new Map(header.sections.map((s) => [s.name, s]));
    this.sectionNames = header.sections.map((s) => s.name);
  }

  /** Open `path`, checking magic, header checksum, format and version; throws a FileError naming what is wrong. */
  static open(path: string, expected: ContainerExpectation): ContainerReader {
    const fd = onFile(path, () => openSync(path, 'r'));
    try {
      const size = onFile(path, () => fstatSync(fd).size);
      const prefix = Buffer.alloc(PREFIX);
      if (readFully(fd, prefix, 0, path) < PREFIX || prefix.toString('latin1', 0, 8) !== MAGIC) {
        throw new FileError(path, `not a ws-repro ${expected.format} file (no container header)`);
      }
      const length = prefix.readUInt32LE(8);
      if (PREFIX + length > size) throw new FileError(path, 'truncated (the header runs past the end of the file)');
      const bytes = Buffer.alloc(length);
      readFully(fd, bytes, PREFIX, path);
      if (!createHash('sha256').update(bytes).digest().equals(prefix.subarray(12, PREFIX))) {
        throw new FileError(path, 'damaged: the header does not match its sha256');
      }
      const header = JSON.parse(bytes.toString('utf8')) as Header;
      if (header.format !== expected.format) throw new FileError(path, `holds ${JSON.stringify(header.format)}, not ${expected.format}`);
      if (header.version !== expected.version) {
        throw new FileError(path, `${expected.format} version ${header.version}, this ws-repro reads version ${expected.version}`);
      }
      for (const s of header.sections) {
        if (s.offset + s.length > size) throw new FileError(path, `truncated (section ${s.name} runs past the end of the file)`);
      }
      return new ContainerReader(path, fd, header);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The bytes of one section, checked against its sha256, in a buffer of their own (offset 0, so aligned). */
  read(name: string): Uint8Array {
    const entry = this.entries.get(name);
    if (!entry) throw new FileError(this.path, `no section ${JSON.stringify(name)}`);
    if (this.fd === undefined) throw new Error(`${this.path}: read after close`);
    const bytes = new Uint8Array(entry.length);
    if (readFully(this.fd, bytes, entry.offset, this.path) !== entry.length) {
      throw new FileError(this.path, `truncated in section ${name}`);
    }
    if (sha256(bytes) !== entry.sha256) throw new FileError(this.path, `damaged: section ${name} does not match its sha256`);
    return bytes;
  }

  /** One section viewed as a typed array (its length must be a whole number of elements). */
  readAs<T extends ArrayBufferView>(name: string, Type: { new (buffer: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): T {
    const bytes = this.read(name);
    if (bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0) {
      throw new FileError(this.path, `damaged: section ${name} is not a whole number of ${Type.BYTES_PER_ELEMENT}-byte values`);
    }
    return new Type(bytes.buffer, 0, bytes.byteLength / Type.BYTES_PER_ELEMENT);
  }

  /** Check every section's sha256 (what `bench verify` runs); throws on the first mismatch. */
  verifyAll(): void {
    for (const name of this.sectionNames) this.read(name);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Open, read every section (checked) and close. */
export function readContainer(path: string, expected: ContainerExpectation): { meta: unknown; sections: Map<string, Uint8Array> } {
  const reader = ContainerReader.open(path, expected);
  try {
    return { meta: reader.meta, sections: new Map(reader.sectionNames.map((name) => [name, reader.read(name)])) };
  } finally {
    reader.close();
  }
}

/** The first 8 bytes of `path` as text (a file format's magic), or undefined when it cannot be read that far. */
export function fileMagic(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const magic = Buffer.alloc(8);
    return readSync(fd, magic, 0, 8, 0) === 8 ? magic.toString('latin1') : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Whether `path` starts like a container (magic only): what may be overwritten as a ws-repro file. */
export function looksLikeContainer(path: string): boolean {
  return fileMagic(path) === MAGIC;
}

function readFully(fd: number, target: Uint8Array, position: number, path: string): number {
  let done = 0;
  while (done < target.length) {
    const got = onFile(path, () => readSync(fd, target, done, target.length - done, position + done));
    if (got === 0) break;
    done += got;
  }
  return done;
}
