/** The sha256 of bytes or text, as lower-case hex: the checksum every ws-repro file and key is named by. */
import { createHash } from 'node:crypto';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
