/**
 * Portion marks: `(U)` `(C)` `(S)` `(TS)` `(SBU)` `(SBU/NF)` `(C/NF)` `(S//NF)` `(S/NOFORN)`
 * `(S//FGI//NF)` `(U//FOUO)` `(S//REL TO USA, FVEY)` `(S/Rel to Belize)` `(C/REL LIBYA)`.
 * Malformed ones seen in real cables (`(N/SF)`, `(SNF)`, `(c)`) come back with valid=false and the
 * intended form; words in parentheses (`(U.S.)`, `(China)`) are not marks at all.
 */
import type { Level, PortionMark, Token } from '../tree';
import type { SourceLine } from './lines';
import { isLetter, isLower, isUpper } from './scan';

const LEVELS: Record<string, Level> = {
  U: 'UNCLASSIFIED',
  SBU: 'UNCLASSIFIED',
  LOU: 'LIMITED OFFICIAL USE',
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
};

/** Caveats that may follow the level (upper-cased). `N` is the FAH short form in `(SBU/N)`. */
const CAVEATS = new Set(['NF', 'NOFORN', 'N', 'FGI', 'FOUO', 'SBU', 'ORCON', 'OC', 'PROPIN', 'MR']);

/** Longest mark we look at: `(S//REL TO USA, FVEY)` style marks stay well under this. */
export const MAX_MARK = 48;

/** Level of the letters before the first `/` (upper case only; lower case is judged malformed). */
function levelOf(text: string, from: number, to: number): Level | undefined {
  switch (to - from) {
    case 1:
      switch (text.charCodeAt(from)) {
        case 85:
          return 'UNCLASSIFIED';
        case 67:
          return 'CONFIDENTIAL';
        case 83:
          return 'SECRET';
      }
      return undefined;
    case 2:
      return text.charCodeAt(from) === 84 && text.charCodeAt(from + 1) === 83 ? 'TOP SECRET' : undefined;
    case 3:
      // By character codes, not a slice: `(SBU)` is the third most frequent mark.
      if (text.startsWith('SBU', from)) return 'UNCLASSIFIED';
      return text.startsWith('LOU', from) ? 'LIMITED OFFICIAL USE' : undefined;
  }
  return undefined;
}

/** Parses a portion mark whose `(` is at column `col` of `line`. */
export function portionAt(line: SourceLine, col: number): PortionMark | undefined {
  const text = line.text;
  if (!mayBePortion(text, col)) return undefined;
  const limit = Math.min(text.length, col + MAX_MARK);
  let close = -1;
  for (let i = col + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 41 /* ) */) {
      close = i;
      break;
    }
    if (c === 40) return undefined;
  }
  if (close <= col + 1) return undefined;
  let i = col + 1;
  while (i < close && text.charCodeAt(i) !== 47) i++;
  const level = levelOf(text, col + 1, i);
  const start = line.start + col;
  const end = line.start + close + 1;
  if (level !== undefined) {
    const caveats: string[] = [];
    // The most frequent marks are bare levels: `(C)`, `(S)`, `(U)`, `(SBU)`.
    const bare = i === close;
    if (i - col - 1 === 3 && text.charCodeAt(col + 1) === 83 && text.charCodeAt(col + 2) === 66) caveats.push('SBU');
    while (i < close) {
      while (i < close && text.charCodeAt(i) === 47) i++;
      const partStart = i;
      while (i < close && text.charCodeAt(i) !== 47) i++;
      if (i === partStart) continue;
      // `NF` (`(S/NF)`, `(C//NF)`: most caveats) needs no slice, trim nor upper-casing.
      if (i - partStart === 2 && text.charCodeAt(partStart) === 78 && text.charCodeAt(partStart + 1) === 70) {
        caveats.push('NF');
        continue;
      }
      const upper = text.slice(partStart, i).trim().toUpperCase();
      if (CAVEATS.has(upper)) caveats.push(upper === 'NOFORN' || upper === 'N' ? 'NF' : upper);
      else if (upper.startsWith('REL')) caveats.push(upper);
      else return undefined;
    }
    return { start, end, text: bare ? bareMarkText(text, col, close) : text.slice(col, close + 1), level, caveats, valid: true };
  }
  return malformed({ start, end, text: text.slice(col, close + 1) }, text.slice(col + 1, close));
}

/** The text of a bare level mark, `text[col, close]`: the usual ones as constants (a slice of three
 *  to five characters is a fresh string each time; the body has some 8,000 such marks a pass). */
function bareMarkText(text: string, col: number, close: number): string {
  if (close === col + 2) {
    switch (text.charCodeAt(col + 1)) {
      case 67:
        return '(C)';
      case 83:
        return '(S)';
      case 85:
        return '(U)';
    }
  } else if (close === col + 4 && text.startsWith('SBU', col + 1)) return '(SBU)';
  return text.slice(col, close + 1);
}

/** `(c)`, `(s//nf)`: lower-cased marks; `(N/SF)`, `(SNF)`: letters of a known mark shuffled. */
function malformed(token: Token, inner: string): PortionMark | undefined {
  const spaced = spacedMark(token, inner);
  if (spaced) return spaced;
  let hasLower = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (isLower(c)) hasLower = true;
    else if (!isUpper(c) && c !== 47 /* / */) return undefined;
  }
  if (hasLower) {
    // Only a lower-cased spelling of a real mark: `(c)`, `(s/nf)`; not `(see)`.
    const upper = inner.toUpperCase();
    const again = LEVELS[upper.split('/')[0]];
    if (again === undefined) return undefined;
    const rest = upper.split('/').slice(1).filter((p) => p !== '');
    if (!rest.every((p) => CAVEATS.has(p))) return undefined;
    const caveats = rest.map((p) => (p === 'NOFORN' || p === 'N' ? 'NF' : p));
    return { start: token.start, end: token.end, text: token.text, level: again, caveats, valid: false, normalized: `(${upper})` };
  }
  // Shuffled NOFORN marks: only letters S/C/N/F and slashes, containing both N and F.
  const letters = inner.replace(/\//g, '');
  if (letters.length < 3 || letters.length > 4) return undefined;
  for (let i = 0; i < letters.length; i++) if ('SCNF'.indexOf(letters[i]) < 0) return undefined;
  if (letters.indexOf('N') < 0 || letters.indexOf('F') < 0) return undefined;
  const hasS = letters.indexOf('S') >= 0;
  const hasC = letters.indexOf('C') >= 0;
  if (hasS === hasC) return undefined;
  const lvl = hasS ? 'S' : 'C';
  return { start: token.start, end: token.end, text: token.text, level: LEVELS[lvl], caveats: ['NF'], valid: false, normalized: `(${lvl}/NF)` };
}

/** `(C NF)` (09KABUL376), `(S-NF)` (08NAIROBI2290), `( C )` (10ROME87): a known upper-case mark
 *  with blanks or a hyphen where the slash or nothing belongs. */
function spacedMark(token: Token, inner: string): PortionMark | undefined {
  let odd = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (c === 32 || c === 45) odd = true;
    else if (!isUpper(c) && c !== 47) return undefined;
  }
  if (!odd) return undefined;
  const parts = inner.split(/[ \-/]+/).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 3) return undefined;
  const level = LEVELS[parts[0]];
  if (level === undefined) return undefined;
  const rest = parts.slice(1);
  if (!rest.every((p) => CAVEATS.has(p))) return undefined;
  const caveats = rest.map((p) => (p === 'NOFORN' || p === 'N' ? 'NF' : p));
  if (parts[0] === 'SBU') caveats.unshift('SBU');
  return { start: token.start, end: token.end, text: token.text, level, caveats, valid: false, normalized: `(${parts.join('/')})` };
}

/** Quick test used before calling portionAt on arbitrary text: `(` followed by a letter. */
export function mayBePortion(text: string, col: number): boolean {
  if (text.charCodeAt(col) !== 40) return false;
  const c = text.charCodeAt(col + 1);
  // `( C )` (10ROME87): one blank, then a capital.
  return isLetter(c) || (c === 32 && isUpper(text.charCodeAt(col + 2)));
}
