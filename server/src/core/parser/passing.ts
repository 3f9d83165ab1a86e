/**
 * Passing / attention lines after the captions: `DEPT FOR EUR/WE`, `STATE FOR NEA/FO (WELCH)`,
 * `NSC FOR VOLKER`, `STATE PASS TO USAID`, `S/S-O PLEASE PASS ...`. Anything between the
 * classification line and the first heading element that is not a caption is kept as a passing
 * line (heading.ts decides which lines get here); this makes the trimmed Line for it.
 */
import type { Line } from '../tree';
import { skipSpaces, tok, trimEnd, type Piece } from './scan';

export function passingLine(piece: Piece): Line | undefined {
  const text = piece.line.text;
  const from = skipSpaces(text, piece.from, piece.to);
  const to = trimEnd(text, from, piece.to);
  if (to <= from) return undefined;
  return tok(piece.line, from, to);
}
