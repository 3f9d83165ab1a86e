/**
 * Completion by where the cursor is:
 * - on a TAGS line: TAGS codes with their meanings (codes already on the line left out);
 * - between the classification line and the E.O. line, at the start of a line: captions;
 * - right after a paragraph number (`4. `, `4. (`): portion marks up to the cable's level;
 * - after `1.4(` (or `1.5 (`, `, (`) on the CLASSIFIED BY / REASON lines: categories a-h;
 * - at the start of a line in the heading block: the field labels not written yet.
 */
import { CompletionItemKind, type CompletionItem, type Position, type Range } from 'vscode-languageserver-types';
import type { CableDocument, LineIndex } from '../core';
import { ALL_TAG_CODES, lookupTag } from '../core/data/tags-vocabulary';
import { portionChoicesUpTo } from '../core/portion-meaning';
import { REASON_CATEGORIES } from '../core/reasons';

export const CAPTIONS: readonly [string, string][] = [
  ['SIPDIS', 'SIPRNet distribution: shared on SIPRNet via Net-Centric Diplomacy'],
  ['NOFORN', 'not releasable to foreign nationals'],
  ['SENSITIVE', 'Sensitive But Unclassified'],
  ['SENSITIVE BUT UNCLASSIFIED', 'administratively controlled unclassified information'],
  ['NODIS', 'no distribution beyond the addressees (most restrictive)'],
  ['EXDIS', 'exclusive distribution to officers with an essential need to know'],
  ['LIMDIS', 'limited distribution'],
  ['STADIS', 'State Department distribution only'],
  ['OFFICIAL INFORMAL', 'must also appear in the SUBJECT line'],
];

interface FieldLabel {
  label: string;
  insert: string;
  present: (doc: CableDocument) => boolean;
}

const FIELD_LABELS: readonly FieldLabel[] = [
  { label: 'E.O. 12958: DECL:', insert: 'E.O. 12958: DECL: ', present: (doc) => !!doc.eo },
  { label: 'TAGS:', insert: 'TAGS: ', present: (doc) => !!doc.tags },
  { label: 'SUBJECT:', insert: 'SUBJECT: ', present: (doc) => !!doc.subject },
  { label: 'REF:', insert: 'REF: ', present: (doc) => !!doc.refs },
  { label: 'CLASSIFIED BY:', insert: 'CLASSIFIED BY: ', present: (doc) => !!doc.classifiedBy },
];

export function completions(doc: CableDocument, lines: LineIndex, requested: Position): CompletionItem[] {
  const offset = lines.offsetAt(requested);
  const position = lines.positionAt(offset); // clamped into the document
  const lineStart = lines.lineStarts[position.line] ?? 0;
  const before = doc.text.slice(lineStart, offset);
  const line = position.line;
  const lineOf = (o: number) => lines.positionAt(o).line;
  const bodyStartLine = doc.body.items.length > 0 ? lineOf(doc.body.items[0].start) : lines.lineCount;
  const classificationLine = doc.classification ? lineOf(doc.classification.line.start) : -1;

  // After `1.4(` / `1.5 (B), (` on the CLASSIFIED BY / REASON text.
  const inClassifiedBy = doc.classifiedBy && lineOf(doc.classifiedBy.start) <= line && line <= lineOf(doc.classifiedBy.end);
  if ((inClassifiedBy || /REASON/i.test(before)) && /1\s*[.:,/]\s*[45]\s*(\(\s*[A-Ha-h]\s*\)\s*(,|and|AND|\/)?\s*)*\(\s*[A-Ha-h]?$/.test(before)) {
    return reasonItems();
  }

  // After a paragraph number: `4. ` or `4. (C`
  const paragraphStart = /^\s*¶?\d{1,3}\.\s*(\([A-Za-z/ ]*)?$/.exec(before);
  if (paragraphStart && line >= classificationLine) {
    const typed = paragraphStart[1] ?? '';
    return portionItems(doc, { line, character: position.character - typed.length }, position);
  }

  const onTagsLine = doc.tags ? lineOf(doc.tags.start) <= line && line <= lineOf(doc.tags.end) : /^\s*TAGS?\b/i.test(before);
  // After the label's colon or a separator, not while the label itself is being typed.
  if (onTagsLine && /(^\s*TAGS?\s*:|[\s,])[A-Z]*$/i.test(before)) return tagItems(doc);

  const atLineStart = /^[A-Za-z. ]*$/.test(before);
  if (!atLineStart || line >= bodyStartLine) return [];
  const items: CompletionItem[] = [];
  const eoLine = doc.eo ? lineOf(doc.eo.line.start) : bodyStartLine;
  // Replace what was typed from the line start (labels hold dots and spaces, not one word).
  const typed = { start: { line, character: 0 }, end: position };
  if (classificationLine >= 0 && line > classificationLine && line < eoLine) items.push(...captionItems(typed));
  if (line > classificationLine || classificationLine < 0) items.push(...fieldItems(doc, typed));
  return items;
}

function reasonItems(): CompletionItem[] {
  return REASON_CATEGORIES.map((category, index) => ({
    label: category.letter.toUpperCase(),
    kind: CompletionItemKind.EnumMember,
    detail: category.text,
    documentation: category.note,
    insertText: category.letter.toUpperCase(),
    sortText: String(index).padStart(2, '0'),
  }));
}

function portionItems(doc: CableDocument, from: Position, to: Position): CompletionItem[] {
  return portionChoicesUpTo(doc.classification?.level).map((choice, index) => ({
    label: choice.mark,
    kind: CompletionItemKind.EnumMember,
    detail: choice.meaning,
    filterText: choice.mark,
    textEdit: { range: { start: from, end: to }, newText: `${choice.mark} ` },
    sortText: String(index).padStart(2, '0'),
  }));
}

function tagItems(doc: CableDocument): CompletionItem[] {
  const present = new Set(doc.tags?.codes.map((code) => code.text) ?? []);
  const items: CompletionItem[] = [];
  for (const code of ALL_TAG_CODES) {
    if (present.has(code)) continue;
    const info = lookupTag(code);
    items.push({
      label: code,
      kind: CompletionItemKind.EnumMember,
      detail: info?.meaning ? `${info.meaning} (${info.kind})` : info?.kind,
    });
  }
  return items;
}

function captionItems(range: Range): CompletionItem[] {
  return CAPTIONS.map(([caption, meaning], index) => ({
    label: caption,
    kind: CompletionItemKind.Constant,
    detail: meaning,
    textEdit: { range, newText: caption },
    sortText: `0${String(index).padStart(2, '0')}`,
  }));
}

function fieldItems(doc: CableDocument, range: Range): CompletionItem[] {
  return FIELD_LABELS.filter((field) => !field.present(doc)).map((field, index) => ({
    label: field.label,
    kind: CompletionItemKind.Keyword,
    textEdit: { range, newText: field.insert },
    sortText: `1${index}`,
  }));
}
