/**
 * Where a numbered paragraph's own text starts, for the parser and the rules alike.
 */
import type { Paragraph } from './tree';

/** After the number's `.` and the portion mark, whichever comes last: `1. (C) Text`, `1.(C) Text`,
 *  `1. Text`, and `(C) 1. Text` (the mark written before the number). */
export function paragraphTextStart(paragraph: Paragraph): number {
  const afterNumber = paragraph.number.end + 1;
  return paragraph.portion && paragraph.portion.end > afterNumber ? paragraph.portion.end : afterNumber;
}

/** True when the portion mark is written before the number (`(C) 1. Text`). */
export function markLeads(paragraph: Paragraph): boolean {
  return paragraph.portion !== undefined && paragraph.portion.start < paragraph.number.start;
}
