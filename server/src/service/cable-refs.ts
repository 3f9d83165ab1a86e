/**
 * Where a cable points at other cables: its REF items, and the body's mentions of them (`REFTEL`,
 * `REFTEL A`, `(REF B)`, `reftels A-C`). A bare `REFTEL` / `REF` means the single REF item; a letter
 * means the lettered one. Shared by definition, document links, hover and references.
 */
import type { CableDocument, RefItem, Span } from '../core';
import { referenceId } from '../core/cable-id';
import { findRefCitations } from '../core/rules/util/text-refs';

export interface CableRefSite extends Span {
  /** The REF item the site stands for. */
  item: RefItem;
  /** Canonical id of the cited cable, or null when the item is not a cable id. */
  id: string | null;
  /** True for the REF item itself, false for a mention in the body. */
  inRefBlock: boolean;
}

function letterOf(item: RefItem): string | null {
  return item.letter ? item.letter.text.replace(/[^A-Za-z]/g, '').toUpperCase() || null : null;
}


/** Body mentions: the letter of each lettered citation (the first one widened to include its
 *  `REFTEL` word), and bare `REFTEL`s when there is a single REF item. */
function bodyMentions(doc: CableDocument, items: readonly RefItem[]): { start: number; end: number; letter: string | null }[] {
  const { text, body } = doc;
  const mentions = findRefCitations(text, body.start, body.end).map((c) => ({ start: c.start, end: c.end, letter: c.letter as string | null }));
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const word = /\bref(?:tel)?s?\b\.?/gi;
  word.lastIndex = body.start;
  for (let match = word.exec(text); match && match.index < body.end; match = word.exec(text)) {
    let after = match.index + match[0].length;
    while (after < body.end && (text[after] === ' ' || text[after] === '\t')) after++;
    const lettered = byStart.get(after);
    if (lettered) lettered.start = match.index;
    else if (items.length === 1 && /^reftel/i.test(match[0])) mentions.push({ start: match.index, end: match.index + match[0].length, letter: null });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Every site in the document that stands for a cited cable, in document order. */
export function cableRefSites(doc: CableDocument): CableRefSite[] {
  const items = doc.refs?.items ?? [];
  if (items.length === 0) return [];
  const idOf = (item: RefItem) => referenceId(item, doc.date?.year ?? null);
  const sites: CableRefSite[] = items.map((item) => ({ start: item.text.start, end: item.text.end, item, id: idOf(item), inRefBlock: true }));
  for (const mention of bodyMentions(doc, items)) {
    const item = mention.letter === null ? items[0] : items.find((candidate) => letterOf(candidate) === mention.letter);
    if (item) sites.push({ start: mention.start, end: mention.end, item, id: idOf(item), inRefBlock: false });
  }
  return sites;
}

/** The site under `offset` (end inclusive, as a cursor just after a word still points at it). */
export function cableRefSiteAt(doc: CableDocument, offset: number): CableRefSite | undefined {
  const items = doc.refs?.items ?? [];
  const inBlock = doc.refs && doc.refs.start <= offset && offset <= doc.refs.end;
  if (items.length === 0) return undefined;
  const idOf = (item: RefItem) => referenceId(item, doc.date?.year ?? null);
  if (inBlock) {
    // Anywhere on the item's line(s) after its letter counts, not just the id's characters.
    const item = items.find((candidate) => candidate.start <= offset && offset <= candidate.end);
    return item ? { start: item.text.start, end: item.text.end, item, id: idOf(item), inRefBlock: true } : undefined;
  }
  if (offset < doc.body.start || offset > doc.body.end) return undefined;
  return cableRefSites(doc).find((site) => !site.inRefBlock && site.start <= offset && offset <= site.end);
}
