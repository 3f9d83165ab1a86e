/**
 * Writing a fixed cable atomically: the new text goes to a temporary file in the same folder (same
 * file system, so the rename is atomic), gets the original's permission bits, then replaces the
 * original. A reader never sees half a file, and a failure leaves the original untouched.
 */
import { accessSync, chmodSync, constants, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class WriteError extends Error {}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  return code ?? (error as Error).message;
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  let mode: number;
  try {
    mode = statSync(path).mode & 0o7777;
    // A read-only file stays read-only even though its folder would let us replace it.
    accessSync(path, constants.W_OK);
  } catch (error) {
    throw new WriteError(`cannot write (${reason(error)}); file left unchanged`);
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    writeFileSync(temp, data, { mode, flag: 'wx' });
    chmodSync(temp, mode); // the umask may have narrowed the mode given to writeFileSync
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw new WriteError(`cannot write (${reason(error)}); file left unchanged`);
  }
}
