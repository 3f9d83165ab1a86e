/**
 * Renumber Paragraphs (the editor command): the edits of the paragraph-numbering rule's plan, so the
 * command and the rule's fix always agree. Quoted documents keep their own numbering; only the
 * digits (and sub-paragraph labels) change, never the pilcrow, the dot or the portion mark.
 */
import type { TextEdit } from './rule';
import type { CableDocument } from './tree';
import { planNumbering } from './rules/paragraph-numbering';

export function renumberParagraphs(doc: CableDocument): TextEdit[] {
  return planNumbering(doc).edits;
}
