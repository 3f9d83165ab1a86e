/**
 * Renumbering paragraphs 1..n in document order. Paragraphs quoted inside BEGIN/END TEXT or QUOTE keep
 * their numbers (they belong to the quoted document). Only the digits change: the pilcrow, the dot and
 * the portion mark stay as written.
 */
import type { TextEdit } from './rule';
import type { CableDocument, Paragraph } from './tree';

export function renumberParagraphs(doc: CableDocument): TextEdit[] {
  const edits: TextEdit[] = [];
  let expected = 1;
  for (const item of doc.body.items) {
    if (item.type !== 'paragraph' || (item as Paragraph).quoted) continue;
    const paragraph = item as Paragraph;
    const wanted = String(expected++);
    if (paragraph.number.text !== wanted) {
      edits.push({ start: paragraph.number.start, end: paragraph.number.end, newText: wanted });
    }
  }
  return edits;
}
