import { deflateSync } from 'node:zlib';

/** zlib's own Adler-32 of some bytes: the last four bytes of its stream. */
export function adler32(data: Uint8Array): number {
  const stream = deflateSync(data);
  return stream.readUInt32BE(stream.length - 4);
}
