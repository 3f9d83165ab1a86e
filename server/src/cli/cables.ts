/**
 * The loop shared by `lint` and `parse`: reads the inputs one at a time (nothing is read ahead),
 * reports unreadable ones with one line each, and shows `[n/N] file` progress on a terminal.
 */
import { decodeCable, readCableFile, ReadError, type CableFile } from './read';
import type { Input } from './files';
import type { Io } from './sink';

export interface LoadedCable {
  /** The name shown in reports. */
  name: string;
  /** The file on disk; undefined for standard input. */
  path?: string;
  /** Where configuration is looked up from (the file, or --stdin-filename). */
  configPath?: string;
  file: CableFile;
}

export interface LoadOptions {
  maxSize: number;
  stdinFilename?: string;
  progress: boolean;
}

/** Progress is for people watching a long run, never for logs or pipes. */
export const PROGRESS_THRESHOLD = 20;

export class Progress {
  private readonly active: boolean;
  private shown = false;

  constructor(private readonly io: Io, private readonly total: number, enabled: boolean) {
    this.active = enabled && io.stderr.isTTY && total > PROGRESS_THRESHOLD;
  }

  async show(index: number, name: string): Promise<void> {
    if (!this.active) return;
    this.shown = true;
    // Stay on one terminal line (a wrapped line would not be overwritten): cut the path from the
    // left, where it matters least. A pty may report 0 columns; assume 80 then.
    const width = (process.stderr.columns || 80) - 1;
    const counter = `[${index + 1}/${this.total}] `;
    const room = Math.max(10, width - counter.length);
    const shown = name.length > room ? `...${name.slice(name.length - room + 3)}` : name;
    await this.io.stderr.write(`\r\x1b[K${counter}${shown}`);
  }

  /** Clears the progress line before other output goes to the terminal. */
  async clear(): Promise<void> {
    if (!this.shown) return;
    this.shown = false;
    await this.io.stderr.write('\r\x1b[K');
  }
}

export async function* loadCables(
  inputs: readonly Input[],
  options: LoadOptions,
  io: Io,
  progress: Progress,
  onError: (name: string, message: string) => Promise<void>,
): AsyncGenerator<LoadedCable> {
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index];
    const name = input.kind === 'stdin' ? options.stdinFilename ?? '<stdin>' : input.path;
    await progress.show(index, name);
    let file: CableFile;
    try {
      file = input.kind === 'stdin' ? decodeCable(io.readStdin(options.maxSize)) : readCableFile(input.path, options.maxSize);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      await progress.clear();
      await onError(name, error.message);
      continue;
    }
    if (input.kind === 'stdin') yield { name, configPath: options.stdinFilename, file };
    else yield { name, path: input.path, configPath: input.path, file };
  }
  await progress.clear();
}
