/**
 * The classification line: `<LEVEL> [caveats] [SECTION nn OF mm] [<POST> <SERIAL>]`.
 *
 * The level is written letter-spaced (`C O N F I D E N T I A L`) or as words (`CONFIDENTIAL`,
 * `UNCLAS`, `LIMITED OFFICIAL USE`). Real cables damage the spaced form (`E C R E T`, `SE C R E T`,
 * `S e c r e t`): we still recognise the level, mark it malformed and suggest the correct text when
 * only one level is that close. The part after the serial is returned as `rest` for the caller
 * (`10STATE284` runs SIPDIS, E.O. and TAGS into this line).
 */
import type { ClassificationLine, Level, Token } from '../tree';
import type { SourceLine } from './lines';
import { all, hasWordAt, isDigit, isLetter, isLower, isSpace, skipSpaces, tok, trimEnd, words, type Word } from './scan';

interface LevelForm {
  level: Level;
  /** Letters without spaces. */
  squashed: string;
  /** Correct word spelling. */
  word: string;
  /** Correct letter-spaced spelling, if the level is written that way. */
  spaced?: string;
  /** The words of `word` (split once, not on every line read). */
  parts: readonly string[];
}

const FORMS: LevelForm[] = ([
  { level: 'CONFIDENTIAL', squashed: 'CONFIDENTIAL', word: 'CONFIDENTIAL', spaced: 'C O N F I D E N T I A L' },
  { level: 'SECRET', squashed: 'SECRET', word: 'SECRET', spaced: 'S E C R E T' },
  { level: 'TOP SECRET', squashed: 'TOPSECRET', word: 'TOP SECRET', spaced: 'T O P S E C R E T' },
  { level: 'UNCLASSIFIED', squashed: 'UNCLASSIFIED', word: 'UNCLASSIFIED' },
  { level: 'UNCLASSIFIED', squashed: 'UNCLAS', word: 'UNCLAS' },
  { level: 'LIMITED OFFICIAL USE', squashed: 'LIMITEDOFFICIALUSE', word: 'LIMITED OFFICIAL USE' },
] as Omit<LevelForm, 'parts'>[]).map((form) => ({ ...form, parts: form.word.split(' ') }));

/** Caveat words allowed on the classification line itself. */
const LINE_CAVEATS = new Set(['EFTO', 'NOFORN', 'SENSITIVE', 'SBU']);

export interface ClassificationResult {
  value: ClassificationLine;
  /** Column where text after post/serial starts (== line length when nothing follows). */
  rest: number;
  /** True when nothing but level/caveats/section/post/serial is on the line. */
  pure: boolean;
  /** True for the letter-spaced form (`S E C R E T`), which prose never looks like. */
  spaced: boolean;
}

/** First characters a classification line can start with (after blanks): C S T U L E (damaged) c s u. */
export function mayStartClassification(c: number): boolean {
  return c === 67 || c === 83 || c === 84 || c === 85 || c === 76 || c === 69 || c === 99 || c === 115 || c === 117;
}

/** Cheap test before parseClassification on body lines: a letter-spaced capital run (`S E`)
 *  or a level word in capitals at column `f`. */
export function mayBeBanner(text: string, f: number): boolean {
  const c = text.charCodeAt(f);
  if (c < 65 || c > 90) return false;
  const c1 = text.charCodeAt(f + 1);
  if (c1 === 32) return text.charCodeAt(f + 3) === 32 || text.charCodeAt(f + 2) === 32;
  // The second letter before any startsWith call: every body line comes here, and most of those
  // starting with C, S, T, U or L (`The`, `Syria`, `Under`) fail on it.
  switch (c) {
    case 67:
      return c1 === 79 && text.startsWith('CONFIDENTIAL', f);
    case 83:
      return c1 === 69 && (text.startsWith('SECRET', f) || text.charCodeAt(f + 2) === 32);
    case 84:
      return c1 === 79 && text.startsWith('TOP SECRET', f);
    case 85:
      return c1 === 78 && text.startsWith('UNCLAS', f);
    case 76:
      return c1 === 73 && text.startsWith('LIMITED OFFICIAL USE', f);
    default:
      return false;
  }
}

export function parseClassification(line: SourceLine, fromCol = 0): ClassificationResult | undefined {
  const text = line.text;
  const end = trimEnd(text, fromCol, text.length);
  if (!firstWordMayBeLevel(text, fromCol, end)) return undefined;
  const ws = words(text, fromCol, end, 40);
  if (ws.length === 0) return undefined;
  const level = readLevel(text, ws);
  if (!level) return undefined;
  let k = level.used;
  const caveats: Token[] = [];
  // Caveats: `EFTO`, spaced `E F T O`, `NOFORN`, or `//NOFORN` glued to the level word.
  if (level.glued !== undefined) {
    for (const part of splitSlashes(text, level.glued, ws[k - 1].to)) caveats.push(tok(line, part.from, part.to));
  }
  while (k < ws.length) {
    const w = ws[k];
    if (!mayBeCaveat(text, w)) break;
    // Upper-cased, without one trailing `,` or `.` (`NOFORN,`), tested by character code.
    const word = text.slice(w.from, w.to).toUpperCase();
    const last = word.charCodeAt(word.length - 1);
    const upper = last === 44 || last === 46 ? word.slice(0, -1) : word;
    if (LINE_CAVEATS.has(upper)) {
      caveats.push(tok(line, w.from, w.to));
      k++;
      continue;
    }
    if (upper === 'E' && k + 3 < ws.length && spelled(text, ws, k, 'EFTO')) {
      caveats.push(tok(line, w.from, ws[k + 3].to));
      k += 4;
      continue;
    }
    break;
  }
  const value: ClassificationLine = {
    line: { start: line.start, end: line.end, text: line.text },
    levelText: tok(line, ws[0].from, ws[level.used - 1].to),
    level: level.level,
    malformed: level.malformed,
    caveats,
  };
  if (level.malformed && level.suggestion) value.suggestion = level.suggestion;
  if (level.glued !== undefined) value.levelText = tok(line, ws[0].from, level.glued);
  // SECTION nn OF mm
  if (k + 3 < ws.length && wordIs(text, ws[k], 'SECTION') && isNumber(text, ws[k + 1]) && wordIs(text, ws[k + 2], 'OF') && isNumber(text, ws[k + 3])) {
    value.section = {
      start: line.start + ws[k].from,
      end: line.start + ws[k + 3].to,
      n: tok(line, ws[k + 1].from, ws[k + 1].to),
      of: tok(line, ws[k + 2].from, ws[k + 2].to),
      m: tok(line, ws[k + 3].from, ws[k + 3].to),
    };
    k += 4;
  }
  // POST SERIAL: one or more letter words (or a redaction run), then a number.
  let p = k;
  while (p < ws.length && p - k < 5 && isPostWord(text, ws[p])) p++;
  let rest = k < ws.length ? ws[k].from : text.length;
  if (p > k && p < ws.length && isNumber(text, ws[p]) && ws[p].to - ws[p].from <= 7) {
    value.post = tok(line, ws[k].from, ws[p - 1].to);
    value.serial = tok(line, ws[p].from, ws[p].to);
    k = p + 1;
    rest = k < ws.length ? ws[k].from : text.length;
  }
  const pure = k >= ws.length;
  // A bare word like `Secret` followed by prose is not a classification line.
  if (!pure && level.wordForm && !value.serial && !value.section && caveats.length === 0 && level.malformed) return undefined;
  return { value, rest, pure, spaced: !level.wordForm };
}

/** First words of the level words (`TOP` of TOP SECRET...), upper case. */
const LEVEL_FIRST_WORDS = new Set(FORMS.map((f) => f.word.split(' ')[0]));

/**
 * What readLevel needs of the first word, checked before the line's words are listed: one or two
 * letters (the letter-spaced form) or, up to a glued `//`, the first word of a level. Most lines
 * handed over are prose and stop here.
 */
function firstWordMayBeLevel(text: string, from: number, end: number): boolean {
  const s = skipSpaces(text, from, end);
  if (s >= end) return false;
  let e = s;
  while (e < end && !isSpace(text.charCodeAt(e))) e++;
  if (e - s <= 2 && all(text, s, e, isLetter)) return true;
  let wordEnd = e;
  const slash = slashesIn(text, s, e);
  if (slash > s) wordEnd = slash;
  return isLevelFirstWord(text, s, wordEnd);
}

/** Column of the first `//` in the word `text[s, e)`, or -1. (The word, not the rest of the line:
 *  a `//` can neither straddle the word's end, a blank, nor come first after it.) */
function slashesIn(text: string, s: number, e: number): number {
  for (let k = s; k + 1 < e; k++) if (text.charCodeAt(k) === 47 && text.charCodeAt(k + 1) === 47) return k;
  return -1;
}

/** Does `text[s, e)` upper-case to one of LEVEL_FIRST_WORDS? An ASCII word is compared by
 *  character codes (no slice, no upper-casing); others are upper-cased as strings (`ſ` -> `S`). */
function isLevelFirstWord(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (text.charCodeAt(k) >= 128) return LEVEL_FIRST_WORDS.has(text.slice(s, e).toUpperCase());
  switch (e - s) {
    case 3:
      return hasWordAt(text, s, 'TOP');
    case 6:
      return hasWordAt(text, s, 'SECRET') || hasWordAt(text, s, 'UNCLAS');
    case 7:
      return hasWordAt(text, s, 'LIMITED');
    case 12:
      return hasWordAt(text, s, 'CONFIDENTIAL') || hasWordAt(text, s, 'UNCLASSIFIED');
    default:
      return false;
  }
}

interface LevelRead {
  level: Level | null;
  used: number;
  malformed: boolean;
  suggestion?: string;
  wordForm: boolean;
  /** Column of `//` glued to the level word (`SECRET//NOFORN`). */
  glued?: number;
}

function readLevel(text: string, ws: Word[]): LevelRead | undefined {
  const first = ws[0];
  const firstLen = first.to - first.from;
  // The correct letter-spaced spellings, checked directly (the general loop below is for damage).
  if (firstLen === 1) {
    for (const form of SPACED) {
      const count = form.squashed.length;
      if (ws.length >= count && text.startsWith(form.spaced as string, first.from) && ws[count - 1].to === first.from + (form.spaced as string).length) {
        if (form.level === 'SECRET' && text.startsWith('S E C R E T', first.from) && ws.length > 6 && isOneLetterAfter(text, ws, 6)) break;
        return { level: form.level, used: count, malformed: false, wordForm: false };
      }
    }
  }
  // Letter-spaced: a run of 1-2 letter words.
  if (firstLen <= 2 && all(text, first.from, first.to, isLetter)) {
    let squashed = '';
    let used = 0;
    let irregular = false;
    let lower = false;
    while (used < ws.length && squashed.length < 12) {
      const w = ws[used];
      const len = w.to - w.from;
      if (len > 2 || !all(text, w.from, w.to, isLetter)) break;
      const candidate = squashed + text.slice(w.from, w.to).toUpperCase();
      // Stop before letters that cannot continue any level (the post may follow: `S E C R E T AB`).
      if (!FORMS.some((f) => f.spaced && near(f.squashed, candidate, true))) break;
      if (len === 2) irregular = true;
      for (let i = w.from; i < w.to; i++) if (isLower(text.charCodeAt(i))) lower = true;
      squashed = candidate;
      used++;
      if (FORMS.some((f) => f.spaced && f.squashed === squashed) && !continuesLonger(squashed, text, ws, used)) break;
    }
    if (used < 3) return undefined;
    const exact = FORMS.find((f) => f.spaced && f.squashed === squashed);
    if (exact) {
      const bad = irregular || lower;
      return { level: exact.level, used, malformed: bad, suggestion: bad ? exact.spaced : undefined, wordForm: false };
    }
    const close = FORMS.filter((f) => f.spaced && editDistanceOne(f.squashed, squashed));
    if (close.length >= 1 && new Set(close.map((f) => f.level)).size === 1) {
      return { level: close[0].level, used, malformed: true, suggestion: close[0].spaced, wordForm: false };
    }
    return undefined;
  }
  // Word form: CONFIDENTIAL / SECRET / TOP SECRET / UNCLAS / UNCLASSIFIED / LIMITED OFFICIAL USE.
  let wordEnd = first.to;
  const slash = text.indexOf('//', first.from);
  let glued: number | undefined;
  if (slash > first.from && slash < first.to) {
    wordEnd = slash;
    glued = slash;
  }
  const w0 = text.slice(first.from, wordEnd);
  const upper = w0.toUpperCase();
  const malformedCase = upper !== w0;
  for (const form of FORMS) {
    const parts = form.parts;
    if (parts[0] !== upper) continue;
    if (parts.length > 1 && glued !== undefined) continue;
    let ok = true;
    for (let k = 1; k < parts.length; k++) {
      if (k >= ws.length || text.slice(ws[k].from, ws[k].to).toUpperCase() !== parts[k]) ok = false;
    }
    if (!ok) continue;
    return {
      level: form.level,
      used: parts.length,
      malformed: malformedCase,
      suggestion: malformedCase ? form.word : undefined,
      wordForm: true,
      glued,
    };
  }
  return undefined;
}

const SPACED = FORMS.filter((f) => f.spaced !== undefined);

/** `S E C R E T X ...`: another single letter follows, leave it to the general loop. */
function isOneLetterAfter(text: string, ws: Word[], k: number): boolean {
  return ws[k].to - ws[k].from === 1 && isLetter(text.charCodeAt(ws[k].from));
}

/** `S E C R E T` is complete, but `T O P` ... must keep reading to `TOPSECRET`. */
function continuesLonger(squashed: string, text: string, ws: Word[], used: number): boolean {
  if (used >= ws.length) return false;
  const next = text.slice(ws[used].from, ws[used].to).toUpperCase();
  return FORMS.some((f) => f.spaced && f.squashed.length > squashed.length && f.squashed.startsWith(squashed + next));
}

/** Is `candidate` a prefix of `target`, allowing one missing, extra or changed letter? */
function near(target: string, candidate: string, prefix: boolean): boolean {
  if (target.startsWith(candidate)) return true;
  if (!prefix) return false;
  for (let len = candidate.length - 1; len <= candidate.length + 1; len++) {
    if (len < 0 || len > target.length) continue;
    if (editDistanceOne(target.slice(0, len), candidate)) return true;
  }
  return false;
}

/** Levenshtein distance exactly <= 1 (short strings). */
function editDistanceOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function spelled(text: string, ws: Word[], k: number, target: string): boolean {
  for (let n = 0; n < target.length; n++) {
    const w = ws[k + n];
    if (!w || w.to - w.from !== 1 || text[w.from].toUpperCase() !== target[n]) return false;
  }
  return true;
}

function splitSlashes(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && text.charCodeAt(i) === 47) i++;
    const start = i;
    while (i < to && text.charCodeAt(i) !== 47) i++;
    if (i > start) out.push({ from: start, to: i });
  }
  return out;
}

/** Is `text[w]`, upper-cased, the ASCII capitals `upper`? Compared by character codes; a word with
 *  a non-ASCII character is upper-cased as a string (`ſ` becomes `S`). */
export function wordIs(text: string, w: Word, upper: string): boolean {
  if (w.to - w.from !== upper.length) return false;
  for (let k = 0; k < upper.length; k++) {
    let c = text.charCodeAt(w.from + k);
    if (c >= 128) return text.slice(w.from, w.to).toUpperCase() === upper;
    if (c >= 97 && c <= 122) c -= 32;
    if (c !== upper.charCodeAt(k)) return false;
  }
  return true;
}

/** Lengths a caveat word can have once a trailing `,`/`.` is dropped: `E` (of `E F T O`), SBU, EFTO,
 *  NOFORN, SENSITIVE. An ASCII word of another length is not upper-cased nor looked up. */
function mayBeCaveat(text: string, w: Word): boolean {
  let e = w.to;
  const last = text.charCodeAt(e - 1);
  if (last === 44 || last === 46) e--;
  for (let i = w.from; i < w.to; i++) if (text.charCodeAt(i) >= 128) return true;
  const len = e - w.from;
  return len === 1 || len === 3 || len === 4 || len === 6 || len === 9;
}

export function isNumber(text: string, w: Word): boolean {
  return all(text, w.from, w.to, isDigit);
}

/** A post name word: letters (and `.`/`'`/`-`), or a WikiLeaks redaction run. */
function isPostWord(text: string, w: Word): boolean {
  if (!isLetter(text.charCodeAt(w.from))) return false;
  for (let i = w.from; i < w.to; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && c !== 46 && c !== 39 && c !== 45) return false;
  }
  return true;
}
