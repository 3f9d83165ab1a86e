/**
 * Caption lines between the classification line and the E.O. line: `SIPDIS`, `NOFORN`,
 * `SENSITIVE`, `SENSITIVE BUT UNCLASSIFIED`, `NOFORN, NOT FOR INTERNET DISTRIBUTION`,
 * `WEBGRAM EXCLUDED ONLY`, `C O R R E C T E D C O P Y (PRIMARY TAG)`, `SIPDIS SIPDIS`.
 */
import type { Caption, Token } from '../tree';
import { collapseWhitespace, isLetter, isSpace, skipSpaces, tok, trimEnd, words, type Piece, type Word } from './scan';

/** Words that are a caption on their own; several may share a line (`SIPDIS SIPDIS`). */
const SINGLE = new Set(['SIPDIS', 'NOFORN', 'NODIS', 'EXDIS', 'LIMDIS', 'STADIS', 'SPECAT', 'ROGER', 'CHEROKEE', 'SENSITIVE', 'NOCONTRACT', 'ORCON', 'PROPIN', 'FOUO']);

/** Caption phrases; the whole line must be made of them (so `DEPT FOR ...` is not a caption). */
const PHRASES = [
  'SENSITIVE BUT UNCLASSIFIED',
  'NOT FOR INTERNET DISTRIBUTION',
  'WEBGRAM EXCLUDED ONLY',
  'HANDLE ACCORDINGLY',
  'FOR OFFICIAL USE ONLY',
  'OFFICIAL INFORMAL',
  'SECRET NOFORN',
  'CONFIDENTIAL NOFORN',
  'EYES ONLY',
  'CORRECTED COPY',
];

/** First words of the phrases: a line starting with another word is not a caption. */
const PHRASE_STARTS = new Set(PHRASES.map((p) => p.split(' ')[0]));
const LONGEST_START = Math.max(...[...SINGLE, ...PHRASE_STARTS].map((word) => word.length));

/** The shapes of those words: bit `length` of SHAPES[first letter - A]. A first word whose
 *  (initial, length) is not here cannot be one of them, so it is not sliced nor upper-cased. */
const SHAPES = new Uint16Array(26);
for (const word of [...SINGLE, ...PHRASE_STARTS]) SHAPES[word.charCodeAt(0) - 65] |= 1 << word.length;

/** Could `text[from, to)` (ASCII letter first, at most LONGEST_START long) upper-case to a caption
 *  word? Only for ASCII words: upper-casing others may change their length (`ß` -> `SS`). */
function mayBeCaptionWord(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (text.charCodeAt(i) >= 128) return true;
  return (SHAPES[(text.charCodeAt(from) & ~32) - 65] & (1 << (to - from))) !== 0;
}

/** `C O R R E C T E D C O P Y` / `C O R R E C T E D  C O P Y` / `C O R R E C T E D C O PY`. */
function isCorrectedCopy(text: string, from: number, to: number): number {
  let i = from;
  const target = 'CORRECTEDCOPY';
  let k = 0;
  while (i < to && k < target.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (text[i].toUpperCase() !== target[k]) return -1;
    i++;
    k++;
  }
  return k === target.length ? i : -1;
}

/** Parses `piece` as a caption line; undefined when it is something else. */
export function parseCaption(piece: Piece): Caption | undefined {
  const { line } = piece;
  const text = line.text;
  const from = skipSpaces(text, piece.from, piece.to);
  const to = trimEnd(text, from, piece.to);
  if (to <= from || !isLetter(text.charCodeAt(from))) return undefined;
  // Only a C/c line can be CORRECTED COPY (the first character is a letter, checked above).
  const corrected = (text.charCodeAt(from) | 32) === 99 ? isCorrectedCopy(text, from, to) : -1;
  if (corrected > 0) return caption(line, from, to, [tok(line, from, to)]);
  let firstEnd = from;
  while (firstEnd < to && !isSpace(text.charCodeAt(firstEnd))) firstEnd++;
  // The word without one trailing `,` `.` `;`.
  const last = text.charCodeAt(firstEnd - 1);
  if (last === 44 || last === 46 || last === 59) firstEnd--;
  // No caption word is longer than CONFIDENTIAL: most heading lines stop here, before any slicing.
  if (firstEnd - from > LONGEST_START || !mayBeCaptionWord(text, from, firstEnd)) return undefined;
  // Most caption lines are one word in capitals (`SIPDIS`, `NOFORN`): its own single item.
  if (firstEnd === to && allCapitals(text, from, to)) {
    const word = text.slice(from, to);
    if (SINGLE.has(word)) return caption(line, from, to, [{ start: line.start + from, end: line.start + to, text: word }]);
  }
  const firstWord = text.slice(from, firstEnd).toUpperCase();
  if (!SINGLE.has(firstWord) && !PHRASE_STARTS.has(firstWord)) return undefined;
  const items: Token[] = [];
  // Split on commas and ` -- `, then split runs of single-word captions.
  let s = from;
  for (let i = from; i <= to; i++) {
    const end = i === to || text.charCodeAt(i) === 44 || (text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 45);
    if (!end) continue;
    const ps = skipSpaces(text, s, i);
    const pe = trimEnd(text, ps, i);
    if (pe > ps) {
      const ws = words(text, ps, pe);
      const singles = allSingles(text, ws);
      if (singles && ws.length > 1) for (const w of ws) items.push(tok(line, w.from, w.to));
      else items.push(tok(line, ps, pe));
    }
    if (i < to && text.charCodeAt(i) === 45) i++;
    s = i + 1;
  }
  // The whole line must be captions: every item a known caption word or phrase.
  for (const item of items) {
    const upper = captionKey(item.text);
    if (SINGLE.has(upper)) continue;
    if (startsWithPhrase(upper)) continue;
    return undefined;
  }
  if (items.length === 0) return undefined;
  return caption(line, from, to, items);
}

/** Is the key a caption phrase, alone or followed by a blank or a comma? (Prefixes built once: this
 *  runs for every item of a line starting with a caption word, `FOR` among them.) */
function startsWithPhrase(upper: string): boolean {
  for (let k = 0; k < PHRASES.length; k++) {
    if (upper === PHRASES[k] || upper.startsWith(PHRASES_BLANK[k]) || upper.startsWith(PHRASES_COMMA[k])) return true;
  }
  return false;
}

const PHRASES_BLANK = PHRASES.map((p) => p + ' ');
const PHRASES_COMMA = PHRASES.map((p) => p + ',');

function allCapitals(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

function allSingles(text: string, ws: readonly Word[]): boolean {
  for (const w of ws) if (!SINGLE.has(text.slice(w.from, w.to).toUpperCase())) return false;
  return true;
}

/** The item upper-cased, blank runs as one space, without one trailing `.` or `;`; a word of
 *  capitals only (most captions: `SIPDIS`, `NOFORN`) is its own key. */
function captionKey(text: string): string {
  let capitals = text.length > 0;
  for (let i = 0; i < text.length && capitals; i++) {
    const c = text.charCodeAt(i);
    capitals = c >= 65 && c <= 90;
  }
  if (capitals) return text;
  const upper = collapseWhitespace(text.toUpperCase());
  const last = upper.charCodeAt(upper.length - 1);
  return last === 46 || last === 59 ? upper.slice(0, -1) : upper;
}


function caption(line: Piece['line'], from: number, to: number, items: Token[]): Caption {
  return { start: line.start + from, end: line.start + to, text: line.text.slice(from, to), items };
}
