/**
 * The transmission header (ACP-127 format lines, cable-format.md §2): FL1 `VZCZC…`, FL2 prosign +
 * routing indicators, FL3 `DE`, FL4 `ZNY`/`ZNR`, FL5 DTG, FL6 `FM`, FL7 `TO`, FL8 `INFO`, FL9 `XMT`.
 *
 * Drafts have no header, so nothing here is required. Real exports put other things first (a
 * "partial extract" note, a Department distribution block, even a post pseudo-header), so the
 * header is searched for in the first lines rather than assumed to start the file; the caller keeps
 * whatever comes before it as preamble.
 */
import type { Addressee, CableDate, DtgLine, SecurityLine, TransmissionHeader, DeLine, Token } from '../tree';
import type { SourceLine } from './lines';
import { tokenIn } from './lines';
import { parseAddressee } from './header-addressee';
import { parseDtg } from './header-dtg';
import { digitsEnd, isDigit, isJsWhitespace, isUpper } from './scan';

export interface HeaderResult {
  header?: TransmissionHeader;
  /** Index of the first header line (== `from` when there is no header). */
  startLine: number;
  /** Index of the first line after the header (== `from` when there is none). */
  next: number;
  /** The cable's date from the DTG, or null. */
  date: CableDate | null;
}

/** How far into the file a header may start (after notes, distribution blocks, pseudo-headers). */
const SEARCH_LIMIT = 120;

const TRANSMISSION_ID = /^VZCZC[A-Z0-9]*\s*$/;
const PROSIGN = /^([ZOPRM])\1((?:\s+[A-Z][A-Z0-9]{3,9})+)\s*$/;
const ROUTING_INDICATORS_ONLY = /^(?:[A-Z][A-Z0-9]{4,9}\s*)+$/;
const SECURITY = /^(ZNY|ZNR)\b/;
/** Lines the header tolerates and keeps as `other`: OASYS page lines, office distribution blocks,
 *  dashed separators with a DTG, group-count lines, banner lines. */
const NOISE = /^(?:PAGE\s+\d+\b|ACTION\s+[A-Z]+-\d\d|-{5,}|\s+[A-Z]+-\d\d\b|\(?[A-Z]+\)?\s+\/\d{3}[A-Z]\b|[A-Z ]+\bGRNC\s*$)/;
/** Heading-block lines: once one is seen, no header can follow. */
const HEADING_BLOCK = /^(?:E\.?\s?O\.?\s*\d|TAGS?\b|SUBJ(?:ECT)?\s*:)/i;

type Section = 'start' | 'prosign' | 'format' | 'fm' | 'to' | 'info' | 'xmt';

export function parseHeader(lines: readonly SourceLine[], from: number): HeaderResult {
  const startLine = findHeaderStart(lines, from);
  if (startLine === -1) return { startLine: from, next: from, date: null };

  const header: TransmissionHeader = { start: lines[startLine].start, end: lines[startLine].end, to: [], info: [], xmt: [], other: [] };
  let section: Section = 'start';
  let last = startLine;
  let i = startLine;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const text = withoutTrailingBlanks(line.text);
    if (text.length === 0) {
      // Blank lines separate FL2 from FL3 in real traffic; after the address lines they end the header.
      if (section === 'fm' || section === 'to' || section === 'info' || section === 'xmt') break;
      continue;
    }
    const step = classify(line, text, section);
    if (step === undefined) break;
    switch (step.kind) {
      case 'id':
        if (header.transmissionId) return finishHeader(header, lines, startLine, last);
        header.transmissionId = tokenIn(line, 0, text.length);
        break;
      case 'prosign':
        header.prosign = { line: whole(line), prosign: tokenIn(line, 0, 2), routingIndicators: words(line, 2) };
        section = 'prosign';
        break;
      case 'ri-continuation':
        header.prosign?.routingIndicators.push(...words(line, 0));
        break;
      case 'de':
        header.de = parseDe(line);
        section = 'format';
        break;
      case 'security':
        header.security = parseSecurity(line);
        section = 'format';
        break;
      case 'dtg':
        header.dtg = step.dtg;
        section = 'format';
        break;
      case 'address': {
        const label = tokenIn(line, 0, step.label.length);
        const rest = addresseeAfter(line, step.label.length);
        if (step.label === 'FM') {
          header.fm = { line: whole(line), label, plad: rest?.plad };
          section = 'fm';
        } else {
          section = step.label === 'TO' ? 'to' : step.label === 'INFO' ? 'info' : 'xmt';
          if (rest) listFor(header, section).push(rest);
        }
        break;
      }
      case 'addressee': {
        const addressee = addresseeAfter(line, 0);
        if (addressee) listFor(header, section as 'to' | 'info' | 'xmt').push(addressee);
        break;
      }
      case 'noise':
        header.other.push(whole(line));
        break;
    }
    last = i;
  }
  return finishHeader(header, lines, startLine, last);
}

/** The result once the header's last line is known. (Not a closure: the line loop above would
 *  then keep `last` and `header` in a heap context.) */
function finishHeader(header: TransmissionHeader, lines: readonly SourceLine[], startLine: number, last: number): HeaderResult {
  header.end = lines[last].end;
  const date = header.dtg?.value ? { year: header.dtg.value.year, month: header.dtg.value.month, day: header.dtg.value.day } : null;
  return { header, startLine, next: last + 1, date };
}

type Step =
  | { kind: 'id' | 'prosign' | 'ri-continuation' | 'de' | 'security' | 'addressee' | 'noise' }
  | { kind: 'dtg'; dtg: DtgLine }
  | { kind: 'address'; label: 'FM' | 'TO' | 'INFO' | 'XMT' };

/** The steps without data, made once (classify runs for every header line). */
const ID: Step = { kind: 'id' };
const PROSIGN_STEP: Step = { kind: 'prosign' };
const RI_CONTINUATION: Step = { kind: 'ri-continuation' };
const DE_STEP: Step = { kind: 'de' };
const SECURITY_STEP: Step = { kind: 'security' };
const ADDRESSEE: Step = { kind: 'addressee' };
const NOISE_STEP: Step = { kind: 'noise' };
const ADDRESS_STEPS = new Map<string, Step>(['FM', 'TO', 'INFO', 'XMT'].map((label) => [label, { kind: 'address', label } as Step]));

/**
 * What NOISE needs before it is tried (most header lines are addressees, and its last two
 * alternatives backtrack over every capital of them): `PAGE`, `ACTION`, a dash or a blank first,
 * a digit after the line's first `/` (`(CW) /004A`: no `/` can come before that one), or `GRNC` at
 * the end (`\s*$` on a line without trailing blanks). Both stop early on an addressee line.
 */
function mayBeNoise(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 45 || isJsWhitespace(first) || text.startsWith('PAGE') || text.startsWith('ACTION')) return true;
  const slash = text.indexOf('/');
  return (slash >= 0 && isDigit(text.charCodeAt(slash + 1))) || text.endsWith('GRNC');
}

/** What a header line is, given where we are; undefined ends the header. */
function classify(line: SourceLine, text: string, section: Section): Step | undefined {
  const first = text.charCodeAt(0);
  if (first === 86 /* V */ && TRANSMISSION_ID.test(text)) return ID;
  if (section === 'start' && mayBeProsign(text) && PROSIGN.test(text)) return PROSIGN_STEP;
  // The DE test first: the line after the prosign is nearly always the DE line.
  if (section === 'prosign' && !text.startsWith('DE ') && ROUTING_INDICATORS_ONLY.test(text)) return RI_CONTINUATION;
  if (first === 68 /* D */ && isDeLine(text)) return DE_STEP;
  if (first === 90 /* Z */ && SECURITY.test(text)) return SECURITY_STEP;
  const dtg = parseDtg(line);
  if (dtg) return { kind: 'dtg', dtg };
  const label = addressLabel(text);
  if (label && !(label === 'INFO' && isInfoLog(text))) return ADDRESS_STEPS.get(label);
  if (mayBeNoise(text) && NOISE.test(text)) return NOISE_STEP;
  if ((section === 'to' || section === 'info' || section === 'xmt') && looksLikeAddressee(text)) return ADDRESSEE;
  return undefined;
}

/** What PROSIGN needs first: a doubled `Z` `O` `P` `R` or `M`. */
function mayBeProsign(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 90 || c === 79 || c === 80 || c === 82 || c === 77) && text.charCodeAt(1) === c;
}

/** What HEADING_BLOCK needs first: `E` `T` `S` in either case (its /i folds no other character
 *  to these). */
function mayBeHeadingBlock(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return c === 101 || c === 116 || c === 115;
}

/** `text.trimEnd()`, without the call when the line ends in a visible ASCII character (most do). */
function withoutTrailingBlanks(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last > 32 && last < 127 ? text : text.trimEnd();
}

const ADDRESS_LABELS = ['FM', 'TO', 'INFO', 'XMT'] as const;

/** `FM` `TO` `INFO` `XMT` at the line start, followed by a blank, `/` or the line end. */
function addressLabel(text: string): (typeof ADDRESS_LABELS)[number] | undefined {
  const c = text.charCodeAt(0);
  if (c !== 70 && c !== 84 && c !== 73 && c !== 88) return undefined;
  for (const label of ADDRESS_LABELS) {
    if (!text.startsWith(label)) continue;
    if (text.length === label.length) return label;
    const next = text.charCodeAt(label.length);
    if (next === 32 || next === 9 || next === 47) return label;
    return next > 32 && next < 127 ? undefined : /\s/.test(text.charAt(label.length)) ? label : undefined;
  }
  return undefined;
}

/** First line of the header at or after `from`, or -1. */
function findHeaderStart(lines: readonly SourceLine[], from: number): number {
  const limit = Math.min(lines.length, from + SEARCH_LIMIT);
  // After a heading-block line only a `VZCZC` line can still start the header: a printed export
  // (`03ABUDHABI2641`) puts a summary box with TAGS/Subject above the real header.
  let headingSeen = false;
  for (let i = from; i < limit; i++) {
    const text = withoutTrailingBlanks(lines[i].text);
    if (text.length === 0) continue;
    if (headingSeen) {
      if (text.charCodeAt(0) === 86 /* V */ && TRANSMISSION_ID.test(text)) return i;
      continue;
    }
    if (mayBeHeadingBlock(text) && HEADING_BLOCK.test(text)) {
      headingSeen = true;
      continue;
    }
    if (text.charCodeAt(0) === 86 /* V */ && TRANSMISSION_ID.test(text)) return i;
    if (mayBeProsign(text) && PROSIGN.test(text) && nextNonBlankMatches(lines, i, /^(?:DE\s|[A-Z][A-Z0-9]{4,9}(?:\s|$))/)) return i;
    if (isDeLine(text) && nextNonBlankMatches(lines, i, SECURITY)) return i;
    if (text.startsWith('ZN') && SECURITY.test(text)) return i;
    if (parseDtg(lines[i])) return i;
  }
  return -1;
}

function nextNonBlankMatches(lines: readonly SourceLine[], i: number, pattern: RegExp): boolean {
  for (let j = i + 1; j < lines.length && j < i + 4; j++) {
    const text = withoutTrailingBlanks(lines[j].text);
    if (text.length > 0) return pattern.test(text);
  }
  return false;
}

/** Addressee continuation lines are upper case (PLADs, RIs, precedence, MCN, `//OFFICE//`). */
function looksLikeAddressee(text: string): boolean {
  if (text.length > 120) return false;
  return /^\s*[A-Z0-9][A-Z0-9 /\-.,()&'#]*$/.test(text);
}

function listFor(header: TransmissionHeader, section: 'to' | 'info' | 'xmt'): Addressee[] {
  return section === 'to' ? header.to : section === 'info' ? header.info : header.xmt;
}

function whole(line: SourceLine): Token {
  return { start: line.start, end: line.end, text: line.text };
}

/** Whitespace-separated words of `line` from column `from` (the runs `/\S+/g` finds, read by
 *  character codes: no regex object and match array per word). */
function words(line: SourceLine, from: number): Token[] {
  const result: Token[] = [];
  const text = line.text;
  const n = text.length;
  let i = from;
  while (i < n) {
    while (i < n && isJsWhitespace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isJsWhitespace(text.charCodeAt(i))) i++;
    result.push(tokenIn(line, start, i));
  }
  return result;
}

function addresseeAfter(line: SourceLine, column: number): Addressee | undefined {
  return parseAddressee(line, column);
}

/**
 * The DE line as `/^DE\s+([A-Z][A-Z0-9]*)(?:\s+(#\d+)(?:\/(\d+))?)?(?:\s+(\d{7}))?/` captures it,
 * read by character codes (the regex ran twice per header, with a match array and an `indexOf`
 * per capture): `DE`, blanks, the routing indicator, then optionally blanks and
 * `#serial[/section]`, then optionally blanks and seven Julian digits. Each optional part is taken
 * whenever it is there, as the regex's greedy `?` does.
 */
function parseDe(line: SourceLine): DeLine {
  const text = line.text;
  const de: DeLine = { line: whole(line) };
  if (!isDeLine(text)) return de;
  const riStart = skipJsWhitespace(text, 2);
  let column = riStart + 1;
  while (isUpperOrDigit(text.charCodeAt(column))) column++;
  de.routingIndicator = tokenIn(line, riStart, column);
  let next = skipJsWhitespace(text, column);
  if (next > column && text.charCodeAt(next) === 35 /* # */ && isDigit(text.charCodeAt(next + 1))) {
    column = digitsEnd(text, next + 1);
    de.serial = tokenIn(line, next, column);
    if (text.charCodeAt(column) === 47 /* / */ && isDigit(text.charCodeAt(column + 1))) {
      const sectionEnd = digitsEnd(text, column + 1);
      de.section = tokenIn(line, column + 1, sectionEnd);
      column = sectionEnd;
    }
    next = skipJsWhitespace(text, column);
  }
  if (next > column && digitsEnd(text, next) >= next + 7) de.julian = tokenIn(line, next, next + 7);
  return de;
}

/** What the DE line regex needs to match (no `$`): `DE`, blanks (a space first), a capital. */
function isDeLine(text: string): boolean {
  return text.startsWith('DE ') && isUpper(text.charCodeAt(skipJsWhitespace(text, 3)));
}

/** `/^INFO\s+LOG-/` */
function isInfoLog(text: string): boolean {
  const at = skipJsWhitespace(text, 4);
  return at > 4 && text.startsWith('LOG-', at);
}

function skipJsWhitespace(text: string, from: number): number {
  let i = from;
  while (isJsWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function isUpperOrDigit(c: number): boolean {
  return isUpper(c) || isDigit(c);
}

function parseSecurity(line: SourceLine): SecurityLine {
  const tokens = words(line, 0);
  // Five letters, normally all the level's initial (`CCCCC`); damaged ones (`CCSCC`) are still the
  // letters group, so the header-classification rule can report them.
  const letters = tokens.length > 1 && isLettersGroup(tokens[1].text) ? tokens[1] : undefined;
  return { line: whole(line), signal: tokens[0], letters, operatingSignals: tokens.slice(letters ? 2 : 1) };
}

/** `/^[A-Z]{5}$/` but not `/^Z[A-Z]{2}/` (an operating signal such as `ZZHWS`), by char codes. */
function isLettersGroup(word: string): boolean {
  if (word.length !== 5 || word.charCodeAt(0) === 90) return false;
  for (let i = 0; i < 5; i++) if (!isUpper(word.charCodeAt(i))) return false;
  return true;
}
