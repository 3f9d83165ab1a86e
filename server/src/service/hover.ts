/**
 * Hover: what a code or mark means. TAGS codes (vocabulary), REASON categories (E.O. §1.4 table),
 * portion marks (level and caveats), the DTG decoded, routing indicators (ACP 117), the DECL date as
 * years after the cable date, the classification level.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { CableDate, CableDocument, LineIndex, PortionMark, Span, SubParagraph, Token } from '../core';
import { lookupTag } from '../core/data/tags-vocabulary';
import { lookupRoutingIndicator } from '../core/data/routing-indicators';
import { reasonCategory } from '../core/reasons';
import { describeDtg, describePrecedences, MONTH_NAMES } from '../core/dtg';
import { describePortionMark, exceedsLevel } from '../core/portion-meaning';
import { toRange } from './ranges';

interface Target {
  span: Span;
  markdown: string;
}

const inside = (span: Span | undefined, offset: number): span is Span =>
  !!span && span.start <= offset && offset <= span.end && span.end > span.start;

/** `today` is the date a draft without a DTG is judged against (the rules do the same). */
export function hover(doc: CableDocument, lines: LineIndex, offset: number, today?: CableDate): Hover | null {
  const target = findTarget(doc, offset, today);
  if (!target) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: target.markdown },
    range: toRange(lines, target.span.start, target.span.end),
  };
}

function findTarget(doc: CableDocument, offset: number, today?: CableDate): Target | undefined {
  return (
    headerTarget(doc, offset) ??
    classificationTarget(doc, offset) ??
    eoTarget(doc, offset, today) ??
    tagsTarget(doc, offset) ??
    reasonTarget(doc, offset) ??
    portionTarget(doc, offset)
  );
}

export function tagMarkdown(code: string): string {
  const info = lookupTag(code);
  if (!info) return `**${code}** — not a known TAGS code`;
  const meaning = info.meaning ? ` — ${info.meaning}` : '';
  return `**${code}**${meaning}\n\n${info.kind} TAG`;
}

function tagsTarget(doc: CableDocument, offset: number): Target | undefined {
  const code = doc.tags?.codes.find((c) => inside(c, offset));
  if (!code) return undefined;
  if (code.kind === 'person') return { span: code, markdown: `**${code.text}** — person named on the TAGS line` };
  return { span: code, markdown: tagMarkdown(code.text) };
}

function reasonTarget(doc: CableDocument, offset: number): Target | undefined {
  const by = doc.classifiedBy;
  if (!by || !inside(by, offset)) return undefined;
  const letter = by.categories.find((c) => inside(c, offset));
  if (letter) {
    const category = reasonCategory(letter.text);
    const section = by.section?.text ?? '1.4';
    if (!category) return { span: letter, markdown: `**(${letter.text})** — not a classification category: E.O. §1.4 has (a) to (h)` };
    const note = category.note ? `\n\n_${category.note}_` : '';
    return { span: letter, markdown: `**${section}(${category.letter})** — ${category.text}${note}` };
  }
  if (inside(by.section, offset)) {
    return {
      span: by.section,
      markdown: `**${by.section.text}** — the classification categories of E.O. 12958 as amended / E.O. 13526 section 1.4 (section 1.5 in the original 1995 E.O. 12958)`,
    };
  }
  return undefined;
}

function portionAt(doc: CableDocument, offset: number): PortionMark | undefined {
  if (inside(doc.subject?.portion, offset)) return doc.subject!.portion;
  const inSubs = (subs: readonly SubParagraph[]): PortionMark | undefined => {
    for (const sub of subs) {
      if (!inside(sub, offset)) continue;
      if (inside(sub.portion, offset)) return sub.portion;
      const found = inSubs(sub.children);
      if (found) return found;
    }
    return undefined;
  };
  for (const item of doc.body.items) {
    if (item.start > offset) break;
    if (!inside(item, offset) || item.type === 'heading') continue;
    if (inside(item.portion, offset)) return item.portion;
    if (item.type === 'paragraph') return inSubs(item.subparagraphs);
  }
  return undefined;
}

function portionTarget(doc: CableDocument, offset: number): Target | undefined {
  const mark = portionAt(doc, offset);
  if (!mark) return undefined;
  const meaning = describePortionMark(mark);
  const parts = [meaning ? `**${mark.text}** — ${meaning}` : `**${mark.text}** — not a recognised portion mark`];
  if (!mark.valid && mark.normalized) parts.push(`Written as ${mark.text}; the standard form is \`${mark.normalized}\`.`);
  const level = doc.classification?.level;
  if (exceedsLevel(mark, level)) parts.push(`Above the cable's classification (${level}).`);
  return { span: mark, markdown: parts.join('\n\n') };
}

function riMarkdown(ri: Token): string {
  const info = lookupRoutingIndicator(ri.text);
  if (!info) return `**${ri.text}** — routing indicator not in the ACP 117 extract`;
  return `**${ri.text}** — ${info.addresses.join('; ')}\n\nrouting indicator (${info.sources.join(', ')})`;
}

function headerTarget(doc: CableDocument, offset: number): Target | undefined {
  const header = doc.header;
  if (!header || !inside(header, offset)) return undefined;
  const dtg = header.dtg;
  if (dtg && inside(dtg.line, offset)) {
    const text = describeDtg(dtg);
    if (text) return { span: dtg.line, markdown: `**DTG** ${dtg.line.text.trim()} — ${text}` };
  }
  const prosign = header.prosign?.prosign;
  if (inside(prosign, offset)) {
    const precedence = describePrecedences([prosign.text.charAt(0)]);
    if (precedence) return { span: prosign, markdown: `**${prosign.text}** — precedence prosign: ${precedence}` };
  }
  const security = header.security;
  if (security && inside(security.line, offset)) {
    const classified = security.signal.text.toUpperCase() === 'ZNY' ? 'classified traffic' : 'unclassified traffic';
    const letter = security.letters?.text.charAt(0).toUpperCase();
    const level = letter ? SECURITY_LETTERS[letter] : undefined;
    return {
      span: security.line,
      markdown: `**${security.signal.text}** — ${classified}${level ? `; ${security.letters!.text} = ${level}` : ''}`,
    };
  }
  const julian = header.de?.julian;
  if (inside(julian, offset)) {
    const text = describeJulian(julian.text, doc.date?.year);
    if (text) return { span: julian, markdown: `**${julian.text}** — ${text}` };
  }
  const ris: Token[] = [...(header.prosign?.routingIndicators ?? [])];
  if (header.de?.routingIndicator) ris.push(header.de.routingIndicator);
  for (const addressee of [...header.to, ...header.info, ...header.xmt]) {
    if (addressee.routingIndicator) ris.push(addressee.routingIndicator);
  }
  const ri = ris.find((token) => inside(token, offset));
  if (ri) return { span: ri, markdown: riMarkdown(ri) };
  return undefined;
}

/** The five repeated letters of a ZNY/ZNR line: the classification's initial (cable-format.md §2.4). */
const SECURITY_LETTERS: Record<string, string> = {
  U: 'UNCLASSIFIED',
  E: 'UNCLAS EFTO',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  T: 'TOP SECRET',
};

/** `2610924` → `day 261 of the year (18 September), 09:24 UTC filing time`. */
export function describeJulian(text: string, year?: number): string | null {
  const match = /^(\d{3})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  if (day < 1 || day > 366 || hour > 23 || minute > 59) return null;
  const date = year ? new Date(Date.UTC(year, 0, day)) : undefined;
  const calendar = date ? ` (${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]})` : '';
  return `day ${day} of the year${calendar}, ${match[2]}:${match[3]} UTC filing time`;
}

function classificationTarget(doc: CableDocument, offset: number): Target | undefined {
  const c = doc.classification;
  if (!c || !inside(c.levelText, offset)) return undefined;
  const level = c.level ? `**${c.level}**` : `**${c.levelText.text}** — unknown classification level`;
  const caveats = c.caveats.length ? ` — ${c.caveats.map((t) => t.text).join(', ')}` : '';
  const fix = c.malformed && c.suggestion ? `\n\nStandard spelling: \`${c.suggestion}\`` : '';
  return { span: c.levelText, markdown: `${level}${caveats}${fix}` };
}

const formatDate = (date: CableDate): string => `${date.day} ${MONTH_NAMES[date.month - 1] ?? '?'} ${date.year}`;

/** Whole years and the rest in days would be overkill: years with one decimal when not whole. */
export function yearsBetween(from: CableDate, to: CableDate): number {
  const a = Date.UTC(from.year, from.month - 1, from.day);
  const b = Date.UTC(to.year, to.month - 1, to.day);
  let years = to.year - from.year;
  if (Date.UTC(from.year + years, from.month - 1, from.day) > b) years--;
  const anniversary = Date.UTC(from.year + years, from.month - 1, from.day);
  const rest = (b - anniversary) / (365.25 * 86400000);
  return a <= b ? Math.round((years + rest) * 10) / 10 : -yearsBetween(to, from);
}

function eoTarget(doc: CableDocument, offset: number, today?: CableDate): Target | undefined {
  const eo = doc.eo;
  if (!eo || !inside(eo.line, offset)) return undefined;
  const declassify = eo.declassify;
  if (declassify && inside(declassify.token, offset)) {
    if (declassify.kind === 'date') {
      const when = formatDate(declassify.date);
      const from = doc.date ?? today;
      if (!from) return { span: declassify.token, markdown: `**Declassify on ${when}**` };
      const years = yearsBetween(from, declassify.date);
      const relation = years >= 0 ? `${years} years after` : `${-years} years before`;
      const reference = doc.date ? 'the cable date' : 'today (a draft: no DTG)';
      return {
        span: declassify.token,
        markdown: `**Declassify on ${when}** — ${relation} ${reference} (${formatDate(from)})`,
      };
    }
    const meanings: Record<string, string> = {
      na: 'not applicable: the cable is unclassified',
      event: 'declassify on an event',
      code: 'declassification code / exemption marking',
      redacted: 'redacted',
      unparseable: 'not a recognised declassification instruction',
    };
    return { span: declassify.token, markdown: `**${declassify.token.text}** — ${meanings[declassify.kind]}` };
  }
  if (inside(eo.order, offset)) {
    const orders: Record<string, string> = {
      '11652': 'E.O. 11652 (1972)',
      '12065': 'E.O. 12065 (1978)',
      '12356': 'E.O. 12356 (1982)',
      '12958': 'E.O. 12958 (1995), amended by E.O. 13292 (2003); cited until mid-2010',
      '13526': 'E.O. 13526 (December 29, 2009), in force from mid-2010',
    };
    return { span: eo.order!, markdown: `**${orders[eo.order!.text] ?? `E.O. ${eo.order!.text}: not a classification order`}**` };
  }
  return undefined;
}
