/**
 * The JPEG copy of CIFAR-10 (shared data `cifar10-jpeg/`, and the embedded subset in data/cifar10/): a .tar.gz
 * holding `<prefix>/{train,test}/<class>/NNNN.jpg`, 32x32 RGB. Decoded with jpeg-js, read with tar-stream.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import jpeg from 'jpeg-js';
import tar from 'tar-stream';
import { CIFAR10_CLASSES, imageBytes, type ImageSet } from './images.js';

const ENTRY = /(?:^|\/)(train|test)\/([^/]+)\/(\d+)\.jpe?g$/i;

interface Decoded {
  readonly label: number;
  readonly number: number;
  readonly rgb: Uint8Array;
}

/** Decodes one CIFAR JPEG to RGB bytes; `name` is used in errors. */
export function decodeCifarJpeg(bytes: Uint8Array, name: string): { size: number; rgb: Uint8Array } {
  let image: { width: number; height: number; data: Uint8Array };
  try {
    image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false });
  } catch (error) {
    throw new Error(`${name}: not a decodable JPEG (${error instanceof Error ? error.message : String(error)})`);
  }
  if (image.width !== image.height) throw new Error(`${name}: ${image.width}x${image.height} image is not square`);
  if (image.data.length !== imageBytes(image.width)) {
    throw new Error(`${name}: decoded to ${image.data.length} bytes, expected ${imageBytes(image.width)} (RGB)`);
  }
  return { size: image.width, rgb: image.data };
}

function toImageSet(items: Decoded[], size: number): ImageSet {
  // Class order, then the file number: the order of the class folders and files in the original release.
  items.sort((a, b) => a.label - b.label || a.number - b.number);
  const pixels = new Uint8Array(items.length * imageBytes(size));
  const labels = new Uint8Array(items.length);
  items.forEach((item, i) => {
    pixels.set(item.rgb, i * imageBytes(size));
    labels[i] = item.label;
  });
  return { count: items.length, size, pixels, labels };
}

/** Reads and decodes every image of a CIFAR-10 JPEG tarball. Images are ordered by class, then file number. */
export async function readCifarJpegTarball(path: string): Promise<{ train: ImageSet; test: ImageSet }> {
  const parts: Record<'train' | 'test', Decoded[]> = { train: [], test: [] };
  let size = 0;
  const extract = tar.extract();
  const reading = (async () => {
    try {
      for await (const entry of extract) {
        const name = entry.header.name;
        const match = entry.header.type === 'file' ? ENTRY.exec(name) : null;
        const chunks: Buffer[] = [];
        for await (const chunk of entry) chunks.push(chunk as Buffer);
        if (!match) continue;
        const label = (CIFAR10_CLASSES as readonly string[]).indexOf(match[2].toLowerCase());
        if (label < 0) throw new Error(`${path}: ${name}: unknown CIFAR-10 class '${match[2]}'`);
        const decoded = decodeCifarJpeg(Buffer.concat(chunks), `${path}: ${name}`);
        if (size === 0) size = decoded.size;
        if (decoded.size !== size) throw new Error(`${path}: ${name} is ${decoded.size}px, the others ${size}px`);
        parts[match[1].toLowerCase() as 'train' | 'test'].push({ label, number: Number(match[3]), rgb: decoded.rgb });
      }
    } catch (error) {
      extract.destroy(error as Error); // stop the pipeline too: no half-read file left open
      throw error;
    }
  })();
  await Promise.all([pipeline(createReadStream(path), createGunzip(), extract), reading]);
  if (parts.train.length === 0 || parts.test.length === 0) {
    throw new Error(`${path}: expected train/<class>/*.jpg and test/<class>/*.jpg entries, found ` +
      `${parts.train.length} train and ${parts.test.length} test images`);
  }
  return { train: toImageSet(parts.train, size), test: toImageSet(parts.test, size) };
}
