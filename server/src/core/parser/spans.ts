/**
 * SUMMARY / END SUMMARY, COMMENT / END COMMENT, BEGIN TEXT / END TEXT, BEGIN QUOTE / END QUOTE
 * spans, and `XXXXXXXX` redaction runs, found over the body text with `indexOf` (fast, linear).
 *
 * An opener counts only where a marker can stand: at a line start or after `.` `:` `;` `(` `)` `"`
 * `-` (so `declined to COMMENT.` in all-caps prose does not open a comment). A span never closed
 * ends with the body item it opened in (summary, comment) or with the body (text, quote).
 */
import type { Body, BodyItem, MarkedSpan, MarkedSpanKind, Token } from '../tree';
import { atWordEnd, atWordStart, hasWordAt, isLetter, isSpace } from './scan';

interface Hit {
  kind: MarkedSpanKind;
  open: boolean;
  token: Token;
  /** A close that only counts when its span is open (`END COMMENT AND SUMMARY.`). */
  ifOpen?: boolean;
}

/**
 * Where the marker words may stand: every start of `MMAR` `mmar` (SUMMARY/Summary), `MMEN` `mmen`
 * (COMMENT), `TEXT` `Text` `text`, `QUOT` `Quot` `quot`, in [from, to), in order and without overlaps
 * (a core is not looked for inside the previous one: `QUOTEXT` yields only `QUOT`). Native
 * `indexOf` on a two-letter anchor (`MM`, `XT`, `Q`...) and a check of the letters around it: a
 * regex with eight alternatives scanned the body about 2.5 times slower. The word, END/BEGIN and
 * the context are checked afterwards.
 */
function markerCores(text: string, from: number, to: number): number[] {
  const at: number[] = [];
  coresAfter(text, 'MM', 0, from, to, at, (i) => (text.charCodeAt(i + 2) === 65 && text.charCodeAt(i + 3) === 82) || (text.charCodeAt(i + 2) === 69 && text.charCodeAt(i + 3) === 78));
  coresAfter(text, 'mm', 0, from, to, at, (i) => (text.charCodeAt(i + 2) === 97 && text.charCodeAt(i + 3) === 114) || (text.charCodeAt(i + 2) === 101 && text.charCodeAt(i + 3) === 110));
  coresAfter(text, 'XT', 2, from, to, at, (i) => text.charCodeAt(i) === 84 && text.charCodeAt(i + 1) === 69);
  coresAfter(text, 'xt', 2, from, to, at, (i) => (text.charCodeAt(i) === 84 || text.charCodeAt(i) === 116) && text.charCodeAt(i + 1) === 101);
  coresAfter(text, 'Q', 0, from, to, at, (i) => {
    const u = text.charCodeAt(i + 1);
    return (u === 85 && text.charCodeAt(i + 2) === 79 && text.charCodeAt(i + 3) === 84) || (u === 117 && text.charCodeAt(i + 2) === 111 && text.charCodeAt(i + 3) === 116);
  });
  coresAfter(text, 'quot', 0, from, to, at, () => true);
  if (at.length < 2) return at;
  if (!inOrder(at, byPosition)) at.sort(byPosition);
  let kept = 1;
  for (let k = 1; k < at.length; k++) if (at[k] >= at[kept - 1] + 4) at[kept++] = at[k];
  at.length = kept;
  return at;
}

/** Who may sign a comment or summary in front of the marker (`Embassy comment:`, `Post Comment:`),
 *  upper-cased: the posts and offices that write cables. */
const WRITERS = new Set(['EMBASSY', 'POST', 'MISSION', 'CONSULATE', 'DELEGATION', 'USDEL', 'USUN', 'USEU', 'USNATO', 'EMBOFF', 'POLOFF', 'ECONOFF', 'DCM', 'AMBASSADOR']);

const byPosition = (a: number, b: number): number => a - b;
const byHitStart = (a: Hit, b: Hit): number => a.token.start - b.token.start;
const bySpanRange = (a: MarkedSpan, b: MarkedSpan): number => a.start - b.start || a.end - b.end;
const byTokenStart = (a: Token, b: Token): number => a.start - b.start;

/** Finds mostly come in order already (one anchor's positions always do): a sort, which copies
 *  the array, only when they do not. */
function inOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let k = 1; k < items.length; k++) if (compare(items[k - 1], items[k]) > 0) return false;
  return true;
}

/** Starts `anchor` minus `shift` of the `anchor` hits that `isCore` accepts, within [from, to). */
function coresAfter(text: string, anchor: string, shift: number, from: number, to: number, out: number[], isCore: (at: number) => boolean): void {
  for (let a = text.indexOf(anchor, from + shift); a !== -1 && a - shift < to; a = text.indexOf(anchor, a + 1)) {
    if (isCore(a - shift)) out.push(a - shift);
  }
}

export function findSpans(text: string, body: Body): void {
  const hits: Hit[] = [];
  for (const at of markerCores(text, body.start, body.end)) {
    let hit: Hit | undefined;
    switch (text.charCodeAt(at + 1) | 32) {
      case 109: // mMAR / mMEN: the whole word must be there (the text may end inside it)
        if (text.charCodeAt(at + 3) === 82 || text.charCodeAt(at + 3) === 114) {
          if (hasWordAt(text, at - 2, 'SUMMARY')) hit = classify(text, at - 2, 7, 'summary', true, body.end);
        } else if (hasWordAt(text, at - 2, 'COMMENT')) hit = classify(text, at - 2, 7, 'comment', true, body.end);
        break;
      case 101: // tEXT
        hit = textOrQuote(text, at, 4, 'text', body.end);
        break;
      default: // qUOT: the E must follow (`QUOTA` is not a marker; the text may end inside the word)
        if (hasWordAt(text, at, 'QUOTE')) hit = textOrQuote(text, at, 5, 'quote', body.end);
    }
    if (hit) hits.push(hit);
  }
  if (!inOrder(hits, byHitStart)) hits.sort(byHitStart);
  const open: Partial<Record<MarkedSpanKind, MarkedSpan>> = {};
  const spans = body.spans;
  for (const hit of hits) {
    const pending = open[hit.kind];
    if (hit.open) {
      if (pending) pending.end = unclosedEnd(pending, body, hit.token.start);
      const span: MarkedSpan = { kind: hit.kind, start: hit.token.start, end: body.end, open: hit.token };
      spans.push(span);
      open[hit.kind] = span;
    } else if (pending) {
      pending.close = hit.token;
      pending.end = hit.token.end;
      open[hit.kind] = undefined;
    } else if (!hit.ifOpen) {
      const item = itemAt(body.items, hit.token.start);
      spans.push({ kind: hit.kind, start: item ? Math.min(item.start, hit.token.start) : hit.token.start, end: hit.token.end, close: hit.token });
    }
  }
  for (const kind of Object.keys(open) as MarkedSpanKind[]) {
    const pending = open[kind];
    if (pending) pending.end = unclosedEnd(pending, body, body.end);
  }
  if (!inOrder(spans, bySpanRange)) spans.sort(bySpanRange);
  markQuoted(body);
  markUnmarkedRestarts(body);
}

/** An unclosed summary/comment ends with its paragraph; text/quote run to `limit`. */
function unclosedEnd(span: MarkedSpan, body: Body, limit: number): number {
  if (span.kind === 'text' || span.kind === 'quote') return Math.max(span.start, trimBack(limit, span));
  const item = itemAt(body.items, span.start);
  const end = item ? Math.min(item.end, limit) : limit;
  return Math.max(span.open ? span.open.end : span.start, end);
}

function trimBack(limit: number, span: MarkedSpan): number {
  return Math.max(limit, span.open ? span.open.end : span.start);
}

/** `TEXT`/`QUOTE` at `at`: after `BEGIN` it opens, after `END` it closes. */
function textOrQuote(text: string, at: number, len: number, kind: MarkedSpanKind, limit: number): Hit | undefined {
  if (!atWordStart(text, at) || !atWordEnd(text, at + len)) return undefined;
  let b = at;
  while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
  if (b === at || b < 5) return undefined;
  if (hasWordAt(text, b - 5, 'BEGIN') && atWordStart(text, b - 5)) return begin(text, b - 5, limit);
  return classify(text, at, len, kind, false, limit);
}

/** `BEGIN TEXT` / `Begin quote` (any case) at `at`. */
function begin(text: string, at: number, limit: number): Hit | undefined {
  if (at < 0 || !atWordStart(text, at) || !hasWordAt(text, at, 'BEGIN')) return undefined;
  let w = at + 5;
  if (w >= limit || !isSpace(text.charCodeAt(w))) return undefined;
  while (w < limit && isSpace(text.charCodeAt(w))) w++;
  let kind: MarkedSpanKind;
  let end: number;
  if (hasWordAt(text, w, 'TEXT') && atWordEnd(text, w + 4)) {
    kind = 'text';
    end = w + 4;
  } else if (hasWordAt(text, w, 'QUOTE') && atWordEnd(text, w + 5)) {
    kind = 'quote';
    end = w + 5;
  } else return undefined;
  if (text.charCodeAt(end) === 58 && end < limit) end++;
  return { kind, open: true, token: { start: at, end, text: text.slice(at, end) } };
}

function classify(text: string, at: number, len: number, kind: MarkedSpanKind, canOpen: boolean, limit: number): Hit | undefined {
  if (!atWordStart(text, at) || !atWordEnd(text, at + len)) return undefined;
  const initial = text.charCodeAt(at) | 32;
  if ((kind === 'summary' && initial !== 115) || (kind === 'comment' && initial !== 99)) return undefined;
  // Look back over blanks (not line breaks) for END / BEGIN.
  let b = at;
  while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
  const prevWordEnd = b;
  while (b > 0 && isLetter(text.charCodeAt(b - 1))) b--;
  const prev = text.slice(b, prevWordEnd).toUpperCase();
  let end = at + len;
  if (prev === 'END' && prevWordEnd < at) {
    if (text.charCodeAt(end) === 46 && end < limit) end++;
    return { kind, open: false, token: { start: b, end, text: text.slice(b, end) } };
  }
  if (kind === 'summary' || kind === 'comment') {
    const close = closeAcrossBreakOrAnd(text, at, end, prev, b, prevWordEnd, limit);
    if (close) return { kind, ...close };
  }
  if (kind === 'text' || kind === 'quote') {
    if (prev !== 'BEGIN' || prevWordEnd === at) return undefined;
    if (text.charCodeAt(end) === 58 && end < limit) end++;
    return { kind, open: true, token: { start: b, end, text: text.slice(b, end) } };
  }
  const first = text.charCodeAt(at);
  // `Embassy comment:` (09LONDON339): the writer's name before the marker, standing where a marker can.
  const byWriter = canOpen && prevWordEnd < at && WRITERS.has(prev) && standsAlone(text, b);
  if (!byWriter && (!canOpen || first < 65 || first > 90 || !standsAlone(text, at))) return undefined;
  const start = byWriter ? b : at;
  // `SUMMARY:` `Summary.` `SUMMARY AND COMMENT:` `Summary` alone on its line.
  let e = end;
  while (e < limit && isSpace(text.charCodeAt(e))) e++;
  const next = text.charCodeAt(e);
  if (next === 58 || next === 46 || next === 45 || e >= limit || next === 10 || next === 13) {
    if (next === 58 && e === end) end++;
    return { kind, open: true, token: { start, end, text: text.slice(start, end) } };
  }
  if ((next === 65 || next === 97 || next === 38) && /^(?:and\b|&)[^:\n]{1,40}:/i.test(text.slice(e, e + 50))) {
    return { kind, open: true, token: { start, end, text: text.slice(start, end) } };
  }
  return undefined;
}

/**
 * Closes the plain END lookback misses: `End` / `Summary.` wrapped over two lines (06CARACAS958,
 * 08TUNIS193), and the second word of `END COMMENT AND SUMMARY.` (07PARIS3941, wrapped or not),
 * which closes its span only if one is open.
 */
function closeAcrossBreakOrAnd(
  text: string, at: number, wordEnd: number, prev: string, prevStart: number, prevEnd: number, limit: number,
): { open: false; token: Token; ifOpen?: boolean } | undefined {
  let end = wordEnd;
  if (text.charCodeAt(end) === 46 && end < limit) end++;
  if (prev === '' && prevEnd > 0 && (text.charCodeAt(prevEnd - 1) === 10 || text.charCodeAt(prevEnd - 1) === 13)) {
    // The word starts a line: the previous line's last word.
    let b = prevEnd - 1;
    if (text.charCodeAt(b) === 10 && b > 0 && text.charCodeAt(b - 1) === 13) b--;
    while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
    const wEnd = b;
    while (b > 0 && isLetter(text.charCodeAt(b - 1))) b--;
    if (wEnd - b === 3 && hasWordAt(text, b, 'END') && text.charCodeAt(b) === 69 && atWordStart(text, b)) {
      return { open: false, token: { start: b, end, text: text.slice(b, end) } };
    }
    if (wEnd - b === 3 && hasWordAt(text, b, 'AND') && endMarkerBefore(text, b)) {
      return { open: false, token: { start: at, end, text: text.slice(at, end) }, ifOpen: true };
    }
    return undefined;
  }
  if (prev === 'AND' && prevEnd < at && endMarkerBefore(text, prevStart)) {
    return { open: false, token: { start: at, end, text: text.slice(at, end) }, ifOpen: true };
  }
  return undefined;
}

/** `END COMMENT ` (or `End summary `) right before column `at` on the same line. */
function endMarkerBefore(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
  const wEnd = b;
  while (b > 0 && isLetter(text.charCodeAt(b - 1))) b--;
  if (wEnd - b !== 7 || !(hasWordAt(text, b, 'SUMMARY') || hasWordAt(text, b, 'COMMENT'))) return false;
  const e = b;
  while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
  return b < e && b >= 3 && hasWordAt(text, b - 3, 'END') && atWordStart(text, b - 3);
}

/** At a line start or after sentence punctuation / a portion mark. */
function standsAlone(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && isSpace(text.charCodeAt(b - 1))) b--;
  if (b === 0) return true;
  const c = text.charCodeAt(b - 1);
  return c === 10 || c === 13 || c === 46 || c === 58 || c === 59 || c === 40 || c === 41 || c === 34 || c === 45 || c === 0xb6;
}

function itemAt(items: BodyItem[], offset: number): BodyItem | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found: BodyItem | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) {
      found = items[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function markQuoted(body: Body): void {
  const quoted = body.spans.filter((s) => (s.kind === 'text' || s.kind === 'quote') && s.open);
  if (quoted.length === 0) return;
  quoted.sort((a, b) => (a.open as Token).end - (b.open as Token).end);
  // Items and spans both in order: a paragraph is quoted when some span opened before it still runs.
  let j = 0;
  let maxEnd = -1;
  for (const item of body.items) {
    while (j < quoted.length && (quoted[j].open as Token).end <= item.start) {
      maxEnd = Math.max(maxEnd, quoted[j].end);
      j++;
    }
    if (item.type === 'paragraph' && item.start < maxEnd) item.quoted = true;
  }
}

/**
 * A document quoted without BEGIN/END markers (`07MADRID1952`: a non-paper's own 1, 2, 3 inside
 * paragraph 2): in a cable whose paragraphs carry portion marks, a run of unmarked paragraphs that
 * restarts at 1 is quoted, up to the next portion-marked paragraph.
 */
function markUnmarkedRestarts(body: Body): void {
  if (!body.items.some((item) => item.type === 'paragraph' && item.portion !== undefined)) return;
  let seen = false;
  let run = false;
  for (const item of body.items) {
    if (item.type !== 'paragraph' || item.quoted) continue;
    if (item.portion) run = false;
    else if (seen && item.value === 1) run = true;
    seen = true;
    if (run) item.quoted = true;
  }
}

/** `XXXXXXXXXXXX` / `xxxxxxxxxx` runs of 4 or more, over `[from, to)`. */
export function findRedactions(text: string, from: number, to: number, out: Token[]): void {
  for (const needle of ['XXXX', 'xxxx']) {
    const ch = needle.charCodeAt(0);
    let at = text.indexOf(needle, from);
    while (at >= 0 && at < to) {
      let e = at + 4;
      while (e < to && text.charCodeAt(e) === ch) e++;
      if (e <= to) out.push({ start: at, end: e, text: text.slice(at, e) });
      at = text.indexOf(needle, e);
    }
  }
  if (!inOrder(out, byTokenStart)) out.sort(byTokenStart);
}
