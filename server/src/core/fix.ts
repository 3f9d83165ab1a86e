/**
 * Applying fixes. Edits are offsets into the text they were computed on; they are applied from the
 * end backwards so earlier offsets stay valid, and an edit overlapping one already taken is skipped
 * (it is recomputed on the next pass) so that no fix ever clobbers another's text.
 */
import type { Finding, Fix, TextEdit } from './rule';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const accepted = nonOverlapping(edits);
  let result = text;
  for (let i = accepted.length - 1; i >= 0; i--) {
    const edit = accepted[i];
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}

/** Sorted by start; drops edits that overlap an earlier accepted one. Insertions at the same
 *  offset are kept in input order. */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.index - b.index)
    .map((entry) => entry.edit);
  const accepted: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    if (edit.start < 0 || edit.end < edit.start) continue;
    if (accepted.length > 0 && edit.start < lastEnd) continue;
    accepted.push(edit);
    lastEnd = Math.max(lastEnd, edit.end);
  }
  return accepted;
}

/** The safe fixes of `findings` that can be applied together: whole fixes only (a fix whose edits
 *  collide with an earlier fix is left for the next pass). */
export function compatibleSafeFixes(findings: readonly Finding[]): Fix[] {
  const taken: TextEdit[] = [];
  const chosen: Fix[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      if (!fix.safe) continue;
      if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
      chosen.push(fix);
      taken.push(...fix.edits);
      break;
    }
  }
  return chosen;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at one offset would have an order nobody chose: treat them as colliding.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}
