/**
 * The outline: header block (DE, DTG, FM, TO…), classification, captions, E.O., TAGS, SUBJECT, REF
 * (each item), CLASSIFIED BY, then the body — headings containing their paragraphs, paragraphs named
 * `4. (C) Amanov himself brought up…` with their sub-paragraphs, SUMMARY/COMMENT spans placed in the
 * smallest element that holds them. Ranges cover whole elements (breadcrumbs, sticky scroll);
 * selectionRange is the number or label. `validSymbols` then guarantees the LSP invariants.
 */
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import type { BodyItem, CableDocument, LineIndex, Paragraph, Span, SubParagraph, Token, TransmissionHeader } from '../core';
import { rangeContains, spanRange, comparePositions } from './ranges';

const PREVIEW_LENGTH = 48;

interface Node {
  name: string;
  detail?: string;
  kind: SymbolKind;
  span: Span;
  selection: Span;
  children: Node[];
}

function node(name: string, kind: SymbolKind, span: Span, selection: Span = span, detail?: string, children: Node[] = []): Node {
  return { name: name.trim() || '(untitled)', kind, span, selection, detail, children };
}

export function shorten(text: string, length = PREVIEW_LENGTH): string {
  // Previews can be whole paragraphs: clean only the part that can show.
  const window = length * 2 + 16;
  const clean = text.slice(0, window).replace(/\s+/g, ' ').trim();
  if (clean.length <= length && text.length <= window) return clean;
  const cut = clean.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return (space > length / 2 ? cut.slice(0, space) : cut) + '…';
}

function headerNode(header: TransmissionHeader): Node {
  const children: Node[] = [];
  const line = (name: string, token: Token | undefined, kind: SymbolKind = SymbolKind.Field, detail?: string) => {
    if (token) children.push(node(name, kind, token, token, detail ?? token.text.trim()));
  };
  line('Transmission id', header.transmissionId, SymbolKind.Key);
  if (header.prosign) line(header.prosign.prosign.text, header.prosign.line, SymbolKind.Field, 'precedence prosign');
  if (header.de) children.push(node('DE', SymbolKind.Field, header.de.line, header.de.line, header.de.line.text.replace(/^\s*DE\s+/, '')));
  if (header.security) children.push(node(header.security.signal.text, SymbolKind.Field, header.security.line, header.security.signal, header.security.line.text.trim()));
  if (header.dtg) children.push(node('DTG', SymbolKind.Event, header.dtg.line, header.dtg.dateTime ?? header.dtg.line, header.dtg.line.text.trim()));
  if (header.fm) children.push(node('FM', SymbolKind.Field, header.fm.line, header.fm.label, header.fm.plad?.text));
  const addressees = (label: string, list: TransmissionHeader['to']) => {
    for (const addressee of list) {
      const name = addressee.plad?.text ?? addressee.routingIndicator?.text ?? label;
      children.push(node(`${label} ${name}`, SymbolKind.Field, addressee, addressee.routingIndicator ?? addressee, addressee.routingIndicator?.text));
    }
  };
  addressees('TO', header.to);
  addressees('INFO', header.info);
  addressees('XMT', header.xmt);
  return node('Transmission header', SymbolKind.Namespace, header, header.transmissionId ?? header, undefined, children);
}

function headingBlock(doc: CableDocument): Node[] {
  const nodes: Node[] = [];
  if (doc.header) nodes.push(headerNode(doc.header));
  const c = doc.classification;
  if (c) nodes.push(node(c.level ?? c.levelText.text, SymbolKind.Constant, c.line, c.levelText, c.line.text.slice(c.levelText.end - c.line.start).trim()));
  for (const caption of doc.captions) nodes.push(node(caption.text, SymbolKind.String, caption));
  if (doc.eo) nodes.push(node(doc.eo.line.text.slice(0, (doc.eo.order ?? doc.eo.label).end - doc.eo.line.start), SymbolKind.Property, doc.eo.line, doc.eo.label, doc.eo.instruction?.text));
  if (doc.tags) nodes.push(node('TAGS', SymbolKind.Property, doc.tags, doc.tags.label, doc.tags.codes.map((code) => code.text).join(' ')));
  if (doc.subject) nodes.push(node('SUBJECT', SymbolKind.Property, doc.subject, doc.subject.label, shorten(doc.subject.text, 80)));
  if (doc.refs) {
    const refs = doc.refs;
    const lettered = refs.items.filter((item) => item.letter);
    const children = lettered.map((item) => node(`REF ${item.letter!.text}`, SymbolKind.Key, item, item.letter, item.text.text.trim()));
    const detail = lettered.length === 0 ? refs.items.map((item) => item.text.text.trim()).join('; ') : undefined;
    nodes.push(node(refs.label.text.replace(/:$/, ''), SymbolKind.Property, refs, refs.label, detail, children));
  }
  if (doc.classifiedBy) {
    const by = doc.classifiedBy;
    nodes.push(node('CLASSIFIED BY', SymbolKind.Property, by, by.label, by.by?.text.trim()));
  }
  return nodes;
}

function subparagraphNode(sub: SubParagraph): Node {
  const name = [sub.style === 'letter' ? `${sub.label.text}.` : `${sub.label.text})`, sub.portion?.text, shorten(sub.preview)]
    .filter(Boolean)
    .join(' ');
  return node(name, SymbolKind.Struct, sub, sub.label, undefined, sub.children.map(subparagraphNode));
}

export function paragraphName(paragraph: Paragraph): string {
  return [`${paragraph.number.text}.`, paragraph.portion?.text, shorten(paragraph.preview)].filter(Boolean).join(' ');
}

function itemNode(item: BodyItem): Node | undefined {
  switch (item.type) {
    case 'paragraph':
      return node(paragraphName(item), SymbolKind.Struct, item, item.number, undefined, item.subparagraphs.map(subparagraphNode));
    case 'text':
      return item.preview.trim() ? node([item.portion?.text, shorten(item.preview)].filter(Boolean).join(' '), SymbolKind.String, item) : undefined;
    case 'heading':
      return node(item.title.text, SymbolKind.Module, item, item.title);
    default:
      return undefined;
  }
}

/** Body items with each heading holding the items up to the next heading. */
function bodyNodes(doc: CableDocument): Node[] {
  const nodes: Node[] = [];
  let section: Node | undefined;
  for (const item of doc.body.items) {
    const current = itemNode(item);
    if (!current) continue;
    if (item.type === 'heading') {
      section = current;
      nodes.push(section);
    } else if (section) {
      section.children.push(current);
      section.span = { start: section.span.start, end: Math.max(section.span.end, current.span.end) };
    } else {
      nodes.push(current);
    }
  }
  return nodes;
}

const SPAN_NAMES = { summary: 'SUMMARY', comment: 'COMMENT', text: 'BEGIN TEXT', quote: 'BEGIN QUOTE' } as const;

/** Puts `child` into the deepest node that holds it whole (else among `siblings`), in start order.
 *  Siblings are in document order, so the candidate holder is found by binary search. */
function insert(siblings: Node[], child: Node): void {
  let low = 0;
  let high = siblings.length; // first sibling starting after the child
  while (low < high) {
    const mid = (low + high) >> 1;
    if (siblings[mid].span.start <= child.span.start) low = mid + 1;
    else high = mid;
  }
  const holder = low > 0 ? siblings[low - 1] : undefined;
  if (holder && child.span.end <= holder.span.end) {
    insert(holder.children, child);
    return;
  }
  siblings.splice(low, 0, child);
}

export function documentSymbols(doc: CableDocument, lines: LineIndex): DocumentSymbol[] {
  const roots = [...headingBlock(doc), ...bodyNodes(doc)];
  for (const span of doc.body.spans) {
    if (span.kind !== 'summary' && span.kind !== 'comment') continue;
    insert(roots, node(SPAN_NAMES[span.kind], SymbolKind.Namespace, span, span.open ?? span.close ?? span));
  }
  return validSymbols(roots.map((root) => toSymbol(root, lines)));
}

function toSymbol(n: Node, lines: LineIndex): DocumentSymbol {
  return {
    name: n.name,
    ...(n.detail ? { detail: shorten(n.detail, 80) } : {}),
    kind: n.kind,
    range: spanRange(lines, n.span),
    selectionRange: spanRange(lines, n.selection),
    children: n.children.map((child) => toSymbol(child, lines)),
  };
}

/** Enforce LSP's rules whatever the tree held: a parent's range covers its children, and the
 *  selection lies inside the range (otherwise it is collapsed to the range start). */
export function validSymbols(symbols: DocumentSymbol[]): DocumentSymbol[] {
  for (const symbol of symbols) {
    symbol.children = validSymbols(symbol.children ?? []);
    for (const child of symbol.children) symbol.range = union(symbol.range, child.range);
    if (!rangeContains(symbol.range, symbol.selectionRange)) {
      symbol.selectionRange = { start: symbol.range.start, end: symbol.range.start };
    }
  }
  return symbols;
}

function union(a: Range, b: Range): Range {
  return {
    start: comparePositions(a.start, b.start) <= 0 ? a.start : b.start,
    end: comparePositions(a.end, b.end) >= 0 ? a.end : b.end,
  };
}
