/** Output with back-pressure: waits for 'drain' so that a slow reader (a pipe to `less`) never makes
 *  us hold the whole report in memory. */
import { once } from 'node:events';

export interface Sink {
  write(text: string): Promise<void>;
  readonly isTTY: boolean;
}

export function streamSink(stream: NodeJS.WritableStream & { isTTY?: boolean }): Sink {
  return {
    isTTY: stream.isTTY === true,
    async write(text: string) {
      if (text === '') return;
      if (!stream.write(text)) await once(stream, 'drain');
    },
  };
}

export interface Io {
  stdout: Sink;
  stderr: Sink;
  /** Reads all of standard input (bounded by maxSize). */
  readStdin(maxSize: number): Uint8Array;
}
