/**
 * Reading one cable: size limit first (from stat, before reading), then NUL bytes (binary files
 * are skipped), then UTF-8 decoding. Invalid UTF-8 is still linted (with U+FFFD in place of the bad
 * bytes) but never rewritten by --fix, which would destroy those bytes.
 */
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';

export interface CableFile {
  text: string;
  /** The file started with a UTF-8 byte order mark (stripped from `text`, restored on write). */
  bom: boolean;
  /** False when the bytes were not valid UTF-8. */
  validUtf8: boolean;
}

export class ReadError extends Error {}

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const lenientDecoder = new TextDecoder('utf-8');

export function decodeCable(bytes: Uint8Array): CableFile {
  if (bytes.indexOf(0) !== -1) throw new ReadError('binary file (contains NUL bytes), skipped');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: strictDecoder.decode(body), bom, validUtf8: true };
  } catch {
    return { text: lenientDecoder.decode(body), bom, validUtf8: false };
  }
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** `10MB`, `512k`, `2000` (bytes). Returns NaN when malformed. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(text.trim());
  if (!match) return NaN;
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1;
  return Math.round(Number(match[1]) * factor);
}

function errnoText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read (permission denied)';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot read (${code ?? (error as Error).message})`;
}

export function readCableFile(path: string, maxSize: number): CableFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new ReadError(errnoText(error));
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new ReadError('is a folder');
    if (stats.size > maxSize) {
      throw new ReadError(`file too large (${formatSize(stats.size)}; the limit is ${formatSize(maxSize)}, see --max-size), skipped`);
    }
    const bytes = readAll(fd, maxSize);
    return decodeCable(bytes);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(errnoText(error));
  } finally {
    closeSync(fd);
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Reads to the end (stdin, pipes, files that grow), failing once more than `maxSize` arrived. */
export function readAll(fd: number, maxSize: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let count: number;
    try {
      count = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // Non-blocking stdin with nothing yet: wait a moment instead of spinning.
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (count === 0) break;
    total += count;
    if (total > maxSize) {
      throw new ReadError(`input too large (more than ${formatSize(maxSize)}, see --max-size), skipped`);
    }
    chunks.push(Buffer.from(chunk.subarray(0, count)));
  }
  return Buffer.concat(chunks, total);
}
