/**
 * The parser works line by line. A SourceLine is one line of the document without its line break,
 * with its offsets; `text` is the line's content, sliced from the document on first use and kept.
 * Most body lines are never sliced: the body parser reads their first and last characters from the
 * document itself (slicing every line cost about as much as the whole body parse).
 */
import type { Line } from '../tree';

export type SourceLine = Line;

class LazyLine implements Line {
  private sliced: string | undefined = undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    let text = this.sliced;
    if (text === undefined) text = this.sliced = this.source.slice(this.start, this.end);
    return text;
  }
}

export function splitLines(text: string): SourceLine[] {
  // Two loops, chosen once: most texts have no \r at all. (One loop with a never-taken \r branch
  // ran 300x slower on large LF texts once V8 had optimised it on other inputs.)
  return text.indexOf('\r') === -1 ? splitLf(text) : splitAny(text);
}

function splitLf(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const n = text.length;
  let start = 0;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    lines.push(new LazyLine(text, start, end));
    start = end + 1;
  }
  return lines;
}

/** `\r\n`, `\n` and a lone `\r` are all line breaks, as in the editor. */
function splitAny(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const n = text.length;
  let start = 0;
  // Next \r at or after `start`, searched again only once passed: searching from every line start
  // would rescan the rest of the text for each line (quadratic when the only \r is near the end).
  let cr = text.indexOf('\r');
  while (start <= n) {
    let end = text.indexOf('\n', start);
    let next: number;
    if (end === -1) {
      end = n;
      next = n + 1;
    } else {
      next = end + 1;
    }
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    while (cr !== -1 && (cr < end - 1 || (end === n && cr < n))) {
      lines.push(new LazyLine(text, start, cr));
      start = cr + 1;
      cr = text.indexOf('\r', start);
    }
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push(new LazyLine(text, start, contentEnd));
    start = next;
  }
  return lines;
}

/** True when the line holds only spaces/tabs (or nothing). */
export function isBlank(line: Line): boolean {
  const text = line.text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff && c !== 0x0c && c !== 0x0b) return false;
  }
  return true;
}

/** A Token for `text.slice(start, end)` of a line, given offsets relative to the line start. */
export function tokenIn(line: Line, from: number, to: number): { start: number; end: number; text: string } {
  return { start: line.start + from, end: line.start + to, text: line.text.slice(from, to) };
}
