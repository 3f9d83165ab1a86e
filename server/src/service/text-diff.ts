/**
 * The smallest edits that turn one text into another, so that formatting and "fix all" touch only
 * what the fixes changed (a whole-document replace would move the cursor, drop markers and undo
 * granularity). Line diff (core/line-diff.ts), then each changed hunk trimmed to the characters that differ.
 */
import type { TextEdit as CoreEdit } from '../core';
import { diffLines } from '../core/line-diff';

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

/** Edits (offsets into `before`) that produce `after`; empty when they are equal. */
export function minimalEdits(before: string, after: string, maxCost = 4000): CoreEdit[] {
  if (before === after) return [];
  const a = splitKeepingBreaks(before);
  const b = splitKeepingBreaks(after);
  const hunks = diffLines(a, b, maxCost);

  const lineOffsets = [0];
  for (const line of a) lineOffsets.push(lineOffsets[lineOffsets.length - 1] + line.length);
  const edits: CoreEdit[] = [];
  for (const hunk of hunks) {
    const oldCount = hunk.oldEnd - hunk.oldStart;
    if (oldCount === hunk.newEnd - hunk.newStart) {
      // Changed lines replaced one for one (what fixes do): an edit per line, not one over the block.
      for (let i = 0; i < oldCount; i++) {
        const start = lineOffsets[hunk.oldStart + i];
        const edit = trimmed(a[hunk.oldStart + i], b[hunk.newStart + i], start);
        if (edit.start !== edit.end || edit.newText !== '') edits.push(edit);
      }
      continue;
    }
    const start = lineOffsets[hunk.oldStart];
    const end = lineOffsets[hunk.oldEnd];
    edits.push(trimmed(before.slice(start, end), b.slice(hunk.newStart, hunk.newEnd).join(''), start));
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
