/**
 * The smallest edits that turn one text into another, so that formatting and "fix all" touch only
 * what the fixes changed (a whole-document replace would move the cursor, drop markers and undo
 * granularity). Line-level Myers diff, then each changed hunk trimmed to the characters that differ.
 */
import type { TextEdit as CoreEdit } from '../core';

/** Lines with their terminators, so that `lines.join('') === text`. */
function splitKeepingBreaks(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

interface Hunk {
  /** [oldStart, oldEnd) lines of `a` replaced by [newStart, newEnd) lines of `b`. */
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** Myers' O(ND) diff on two line arrays; null when the edit distance exceeds `maxCost`. */
function myers(a: readonly string[], b: readonly string[], maxCost: number): Hunk[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxCost);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])) x = v[offset + k + 1];
      else x = v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m, d);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], offset: number, n: number, m: number, cost: number): Hunk[] {
  // Walk back through the saved frontiers, collecting single-line inserts/deletes, then merge them.
  const steps: { kind: 'del' | 'ins'; x: number; y: number }[] = [];
  let x = n;
  let y = m;
  for (let d = cost; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) steps.push({ kind: 'ins', x: prevX, y: prevY });
    else steps.push({ kind: 'del', x: prevX, y: prevY });
    x = prevX;
    y = prevY;
  }
  steps.reverse();
  const hunks: Hunk[] = [];
  for (const step of steps) {
    const last = hunks[hunks.length - 1];
    const hunk =
      last && last.oldEnd === step.x && last.newEnd === step.y
        ? last
        : { oldStart: step.x, oldEnd: step.x, newStart: step.y, newEnd: step.y };
    if (hunk !== last) hunks.push(hunk);
    if (step.kind === 'del') hunk.oldEnd++;
    else hunk.newEnd++;
  }
  return hunks;
}

/** Edits (offsets into `before`) that produce `after`; empty when they are equal. */
export function minimalEdits(before: string, after: string, maxCost = 4000): CoreEdit[] {
  if (before === after) return [];
  const a = splitKeepingBreaks(before);
  const b = splitKeepingBreaks(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const hunks = myers(midA, midB, maxCost) ?? [{ oldStart: 0, oldEnd: midA.length, newStart: 0, newEnd: midB.length }];

  const lineOffsets = [0];
  for (const line of a) lineOffsets.push(lineOffsets[lineOffsets.length - 1] + line.length);
  const edits: CoreEdit[] = [];
  for (const hunk of hunks) {
    const oldCount = hunk.oldEnd - hunk.oldStart;
    if (oldCount === hunk.newEnd - hunk.newStart) {
      // Changed lines replaced one for one (what fixes do): an edit per line, not one over the block.
      for (let i = 0; i < oldCount; i++) {
        const start = lineOffsets[head + hunk.oldStart + i];
        const edit = trimmed(a[head + hunk.oldStart + i], midB[hunk.newStart + i], start);
        if (edit.start !== edit.end || edit.newText !== '') edits.push(edit);
      }
      continue;
    }
    const start = lineOffsets[head + hunk.oldStart];
    const end = lineOffsets[head + hunk.oldEnd];
    edits.push(trimmed(before.slice(start, end), midB.slice(hunk.newStart, hunk.newEnd).join(''), start));
  }
  return edits;
}

/** One edit replacing `oldText` (at `at`) by `newText`, shrunk to the differing characters. */
function trimmed(oldText: string, newText: string, at: number): CoreEdit {
  let prefix = 0;
  const shorter = Math.min(oldText.length, newText.length);
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a surrogate pair or a CRLF between the kept and the replaced part.
  while (prefix > 0 && isLowHalf(oldText, prefix)) prefix--;
  while (suffix > 0 && isLowHalf(oldText, oldText.length - suffix)) suffix--;
  return {
    start: at + prefix,
    end: at + oldText.length - suffix,
    newText: newText.slice(prefix, newText.length - suffix),
  };
}

function isLowHalf(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  const prev = text.charCodeAt(index - 1);
  return (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) || (c === 10 && prev === 13);
}
