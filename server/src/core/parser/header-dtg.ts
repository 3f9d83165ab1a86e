/**
 * FL5, the date-time group: `R 180924Z SEP 09` — precedence letter(s), DDHHMM + `Z` (UTC),
 * three-letter month, two-digit year. Dual precedence (`O R 221334Z SEP 09`) and the OASYS form
 * without precedence in mixed case (`230831Z Mar 01`) occur in real cables (cable-format.md §2.5).
 * A DTG-shaped line with impossible values is still returned (value null) so a rule can say why.
 */
import type { DtgLine } from '../tree';
import type { SourceLine } from './lines';
import { tokenIn } from './lines';
import { digitsEnd, isLetter, isUpper } from './scan';

export const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** The months as three upper-case char codes packed in one number (see monthKey). */
const MONTH_KEYS = MONTHS.map((month) => monthKey(month, 0));

/**
 * Reads the line as `/^((?:[A-Za-z] +){0,2})(\d{6})Z +([A-Za-z]{3}) +(\d{2}|\d{4})(?: +(?:Z[A-Z]{2}|\().*)? *$/`
 * would (operating signals may follow the year: `O 071830Z SEP 07 ZDK`, `… (CCY ADC1AECC MSI3311-632)`),
 * by character codes: this runs on every header line that starts like a DTG, and the regex with
 * its captures, the slices and `toUpperCase` cost more than the rest of the line's parse.
 */
export function parseDtg(line: SourceLine): DtgLine | undefined {
  const text = line.text;
  if (text.length < 12 || text.length > 120 || !mayBeDtg(text)) return undefined;
  const timeStart = precedencesEnd(text);
  const monthStart = afterTime(text, timeStart);
  if (monthStart < 0 || !isLetter(text.charCodeAt(monthStart + 1)) || !isLetter(text.charCodeAt(monthStart + 2))) return undefined;
  const yearStart = skipBlanks(text, monthStart + 3);
  if (yearStart === monthStart + 3) return undefined;
  const yearLength = digitsEnd(text, yearStart) - yearStart;
  if ((yearLength !== 2 && yearLength !== 4) || !isDtgEnd(text, yearStart + yearLength)) return undefined;

  const precedences = [];
  for (let column = 0; column < timeStart; column++) {
    if (text.charCodeAt(column) !== 32) precedences.push(tokenIn(line, column, column + 1));
  }
  const dtg: DtgLine = {
    line: { start: line.start, end: line.end, text },
    precedences,
    dateTime: tokenIn(line, timeStart, timeStart + 7),
    month: tokenIn(line, monthStart, monthStart + 3),
    year: tokenIn(line, yearStart, yearStart + yearLength),
    value: null,
  };
  const day = twoDigitsAt(text, timeStart);
  const hour = twoDigitsAt(text, timeStart + 2);
  const minute = twoDigitsAt(text, timeStart + 4);
  const month = MONTH_KEYS.indexOf(monthKey(text, monthStart)) + 1;
  const yearValue = yearLength === 2 ? twoDigitsAt(text, yearStart) : twoDigitsAt(text, yearStart) * 100 + twoDigitsAt(text, yearStart + 2);
  const year = expandYear(yearValue, yearLength);
  if (month > 0 && hour < 24 && minute < 60 && day >= 1 && day <= daysInMonth(year, month)) {
    dtg.value = { year, month, day, hour, minute };
  }
  return dtg;
}

/** Where the time starts after up to two precedence letters, each followed by spaces. (The
 *  regex's `{0,2}` cannot do better by backtracking: a shorter prefix leaves a letter or a space
 *  where the six digits must start.) */
function precedencesEnd(text: string): number {
  let i = 0;
  for (let group = 0; group < 2 && isLetter(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 32; group++) i = skipBlanks(text, i + 2);
  return i;
}

/** `DDHHMMZ` and spaces at `at`: the month's column (its first letter checked), or -1. */
function afterTime(text: string, at: number): number {
  if (digitsEnd(text, at) - at < 6 || text.charCodeAt(at + 6) !== 90 /* Z */ || text.charCodeAt(at + 7) !== 32) return -1;
  const month = skipBlanks(text, at + 8);
  return isLetter(text.charCodeAt(month)) ? month : -1;
}

/** What may follow the year: only spaces, or spaces then `Z` and two capitals or `(`, then anything
 *  up to the end that `.` matches (no line terminator). */
function isDtgEnd(text: string, at: number): boolean {
  const n = text.length;
  const next = skipBlanks(text, at);
  if (next === n) return true;
  if (next === at) return false;
  const c = text.charCodeAt(next);
  if (c !== 40 /* ( */ && !(c === 90 && isUpper(text.charCodeAt(next + 1)) && isUpper(text.charCodeAt(next + 2)))) return false;
  for (let k = next; k < n; k++) {
    const d = text.charCodeAt(k);
    if (d === 10 || d === 13 || d === 0x2028 || d === 0x2029) return false;
  }
  return true;
}

/** The first column at or after `at` that is not a space (U+0020 only, as the regex's ` +`). */
function skipBlanks(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  return i;
}

function twoDigitsAt(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}

/** Three ASCII letters from `at`, upper-cased, as one number. */
function monthKey(text: string, at: number): number {
  return ((text.charCodeAt(at) & ~32) << 16) | ((text.charCodeAt(at + 1) & ~32) << 8) | (text.charCodeAt(at + 2) & ~32);
}

/** What DTG needs at the line start (a digit, or a letter and a blank): most lines fail here. */
function mayBeDtg(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  return ((c | 32) >= 97 && (c | 32) <= 122) && text.charCodeAt(1) === 32;
}

/** Two-digit years: cables run from the 1960s to 2010s, so 50-99 are 19xx and 00-49 are 20xx. */
export function expandYear(year: number, digits: number): number {
  if (digits !== 2) return year;
  return year >= 50 ? 1900 + year : 2000 + year;
}

/** Month 1-12 of a Gregorian year; years 0-99 are 1900-1999, as `Date.UTC` reads them. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const y = year >= 0 && year <= 99 ? 1900 + year : year;
    return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
