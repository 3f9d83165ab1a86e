/**
 * Passing / attention lines after the captions: `DEPT FOR EUR/WE`, `STATE FOR NEA/FO (WELCH)`,
 * `NSC FOR VOLKER`, `STATE PASS TO USAID`, `S/S-O PLEASE PASS ...`. Anything between the
 * classification line and the E.O./TAGS/SUBJECT block that is not a caption is kept as a passing
 * line; this check tells the typical ones apart (used to decide where a headless draft starts).
 */
import type { Line } from '../tree';
import { skipSpaces, tok, trimEnd, type Piece } from './scan';

const PASSING = /^[A-Z][A-Z0-9/&.,' -]{0,40}?\b(?:FOR|PASS|PLEASE PASS|PASS TO|ALSO FOR)\b/;

export function isPassingLine(text: string): boolean {
  return PASSING.test(text.slice(0, 60).trimStart());
}

export function passingLine(piece: Piece): Line | undefined {
  const text = piece.line.text;
  const from = skipSpaces(text, piece.from, piece.to);
  const to = trimEnd(text, from, piece.to);
  if (to <= from) return undefined;
  return tok(piece.line, from, to);
}
