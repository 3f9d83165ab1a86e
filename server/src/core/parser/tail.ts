/**
 * The end of the cable, read backwards: end markers (`NNNN`, `End Cable Text`, `#1503`), trailing
 * web notices (`Visit Ankara's Classified Web Site ...`) and banners, then the signature: the last
 * all-caps name line (`NORLAND`, `KEEGAN PAAL`), or a name glued after the last sentence
 * (`... by January 8.PM ... CLINTON`).
 */
import type { CableDocument, Token } from '../tree';
import { isBlank, type SourceLine } from './lines';
import { mayStartClassification, parseClassification } from './classification';
import { hasWordAt, isDigit, isJsWhitespace, isLower, isSpace, isUpper, skipSpaces, tok, trimEnd } from './scan';

/** Words that end a cable but are not a signer's name. */
const NOT_NAMES = new Set([
  'END', 'COMMENT', 'SUMMARY', 'TEXT', 'QUOTE', 'UNQUOTE', 'SIPDIS', 'NOFORN', 'NNNN', 'BT', 'CONFIDENTIAL',
  'SECRET', 'UNCLASSIFIED', 'UNCLAS', 'NOTE', 'ACTION', 'REQUEST', 'OF', 'THE', 'AND', 'FOR', 'XXXXXXXXXXXX',
]);

export interface Tail {
  /** Index after the last body line. */
  end: number;
  signature?: Token;
}

export function parseTail(lines: readonly SourceLine[], from: number, doc: CableDocument): Tail {
  const markers: Token[] = [];
  const banners = [];
  let j = lines.length - 1;
  // A web notice may wrap (`"Visit Ankara's Classified Web Site at http://...` / `gov.gov/...`):
  // its first line and the non-blank, non-name lines right after it are not cable text.
  let noticeFrom = -1;
  let noticeTo = -1;
  for (let v = lines.length - 1; v >= from && v >= lines.length - 8; v--) {
    if (mayStartWithVisit(doc.text, lines[v]) && WEB_NOTICE.test(lines[v].text.slice(0, 120))) {
      noticeFrom = v;
      noticeTo = v + 1;
      while (noticeTo < lines.length && !isBlank(lines[noticeTo]) && !isNameLine(lines[noticeTo].text, skipSpaces(lines[noticeTo].text, 0), trimEnd(lines[noticeTo].text, 0, lines[noticeTo].text.length)) && lines[noticeTo].text.trim() !== 'NNNN') noticeTo++;
      break;
    }
  }
  for (; j >= from; j--) {
    if (j >= noticeFrom && j < noticeTo) continue;
    const line = lines[j];
    const text = line.text;
    const f = skipSpaces(text, 0);
    if (f >= text.length) continue;
    const e = trimEnd(text, f, text.length);
    if (isEndMarker(text, f, e)) {
      markers.push(tok(line, f, e));
      continue;
    }
    if (mayStartClassification(text.charCodeAt(f))) {
      const banner = parseClassification(line, f);
      if (banner && banner.pure && !/[a-z]/.test(banner.value.levelText.text)) {
        banners.push(banner.value);
        continue;
      }
    }
    break;
  }
  appendReversed(doc.endMarkers, markers);
  appendReversed(doc.banners, banners);
  if (j < from) return { end: from };
  const line = lines[j];
  const text = line.text;
  const f = skipSpaces(text, 0);
  const e = trimEnd(text, f, text.length);
  if (isNameLine(text, f, e) || isTitleCaseName(text, f, e)) return { end: j, signature: tok(line, f, e) };
  const glued = gluedName(text, f, e);
  if (glued >= 0) return { end: j + 1, signature: tok(line, glued, e) };
  return { end: j + 1 };
}

const WEB_NOTICE = /^\s*"?Visit\b.{0,80}\bWeb ?Site\b/i;

/** `target.push(...items.reverse())` without the spread call and the reversal (both arrays are
 *  nearly always empty). */
function appendReversed<T>(target: T[], items: readonly T[]): void {
  for (let k = items.length - 1; k >= 0; k--) target.push(items[k]);
}

/**
 * Cheap test before the web-notice regex, read on the document (the line is not sliced): after
 * the blanks of its `\s` and an optional `"`, a `V` or `v` (its `/i` folds no other character to
 * them). Last lines often start with `¶`: that alone no longer sends them to the regex.
 */
function mayStartWithVisit(src: string, line: SourceLine): boolean {
  let i = line.start;
  while (i < line.end && isJsWhitespace(src.charCodeAt(i))) i++;
  if (src.charCodeAt(i) === 34) i++;
  return i < line.end && (src.charCodeAt(i) | 32) === 118;
}

/** `NNNN`, `End Cable Text` (any case) or `#` and 1-7 digits, alone in `text[f, e)`: the tests of
 *  `/^End Cable Text$/i` and `/^#\d{1,7}$/` on the slice, by length and char codes (no slice). */
function isEndMarker(text: string, f: number, e: number): boolean {
  const n = e - f;
  if (n === 4 && text.startsWith('NNNN', f)) return true;
  if (n === 14 && hasWordAt(text, f, 'END CABLE TEXT')) return true;
  if (n < 2 || n > 8 || text.charCodeAt(f) !== 35) return false;
  for (let i = f + 1; i < e; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** 1-4 words of capitals (with `.`, `'`, `-`), nothing else, not a marker word. */
function isNameLine(text: string, f: number, e: number): boolean {
  if (e - f < 2 || e - f > 40) return false;
  if (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 58) return false;
  let wordsSeen = 0;
  let i = f;
  while (i < e) {
    while (i < e && isSpace(text.charCodeAt(i))) i++;
    const s = i;
    while (i < e && !isSpace(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (!isUpper(c) && c !== 46 && c !== 39 && c !== 45 && c !== 44) return false;
      i++;
    }
    if (i > s) {
      wordsSeen++;
      // The word without one trailing `.` or `,` (what `.replace(/[.,]$/, '')` left).
      const last = text.charCodeAt(i - 1);
      if (NOT_NAMES.has(text.slice(s, last === 46 || last === 44 ? i - 1 : i))) return false;
    }
  }
  return wordsSeen >= 1 && wordsSeen <= 4 && isUpper(text.charCodeAt(f));
}

/** WikiLeaks sometimes title-cased the signer: `Danilovich`, `Wolff`, `Van Voorst`, `LeBaron`, `McCaw` (1-3 words). */
function isTitleCaseName(text: string, f: number, e: number): boolean {
  if (e - f < 3 || e - f > 30) return false;
  // Necessary for every word to match TITLE_CASE_WORD (the first starts with a capital, the last
  // ends in a small letter): the split and regexes only for lines that pass.
  if (!isUpper(text.charCodeAt(f)) || !isLower(text.charCodeAt(e - 1))) return false;
  const words = text.slice(f, e).split(/\s+/);
  if (words.length > 3) return false;
  return words.every((w) => TITLE_CASE_WORD.test(w) && !NOT_NAMES.has(w.toUpperCase())) && !/^(?:Comment|Summary|Note|Background|Conclusion)$/.test(words[0]);
}

/** `... January 8.PM Bureau ... xxxxxxxxxxxx. CLINTON`: a capital word after sentence end;
 *  `... arms markets. Burns`, `END COMMENT.  Beyrle`, `... protection. LeBaron`: a title-case one. */
function gluedName(text: string, f: number, e: number): number {
  const titled = gluedTitleCaseName(text, f, e);
  if (titled >= 0) return titled;
  let s = e;
  while (s > f && isUpper(text.charCodeAt(s - 1))) s--;
  if (e - s < 3 || s === f || !isSpace(text.charCodeAt(s - 1))) return -1;
  let b = s;
  while (b > f && isSpace(text.charCodeAt(b - 1))) b--;
  const p = text.charCodeAt(b - 1);
  if (p !== 46 && p !== 33 && p !== 63 && p !== 34) return -1;
  // The sentence before must not itself be all capitals (then the word is just more text).
  if (!hasLowerBetween(text, Math.max(f, b - 80), b) || NOT_NAMES.has(text.slice(s, e))) return -1;
  return s;
}

/** Whether `text[from, to)` has a small ASCII letter (searched from the end: a sentence's last
 *  word nearly always has one, so the search stops at once). */
function hasLowerBetween(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (isLower(text.charCodeAt(i))) return true;
  return false;
}

const TITLE_CASE_WORD = /^[A-Z][a-z]{0,2}[A-Z]?[a-z]+(?:[-'][A-Z]?[a-z]+)?$/;

function gluedTitleCaseName(text: string, f: number, e: number): number {
  let s = e;
  while (s > f && !isSpace(text.charCodeAt(s - 1))) s--;
  if (s === f || e - s < 3 || e - s > 20 || !isUpper(text.charCodeAt(s))) return -1;
  const word = text.slice(s, e);
  if (!TITLE_CASE_WORD.test(word) || NOT_NAMES.has(word.toUpperCase()) || /^(?:Comment|Summary|Note|Background|Conclusion|End)$/.test(word)) return -1;
  let b = s;
  while (b > f && isSpace(text.charCodeAt(b - 1))) b--;
  const p = text.charCodeAt(b - 1);
  if (p !== 46 && p !== 33 && p !== 63 && p !== 34 && p !== 0x201d) return -1;
  // `Mr. Smith`, `Gen. Petraeus`: a short capitalised abbreviation before the full stop.
  let w = b - 1;
  while (w > f && !isSpace(text.charCodeAt(w - 1))) w--;
  const before = text.slice(w, b - 1);
  if (/^[A-Z][a-z]{0,3}$/.test(before)) return -1;
  return s;
}
