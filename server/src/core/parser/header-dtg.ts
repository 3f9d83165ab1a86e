/**
 * FL5, the date-time group: `R 180924Z SEP 09` — precedence letter(s), DDHHMM + `Z` (UTC),
 * three-letter month, two-digit year. Dual precedence (`O R 221334Z SEP 09`) and the OASYS form
 * without precedence in mixed case (`230831Z Mar 01`) occur in real cables (cable-format.md §2.5).
 * A DTG-shaped line with impossible values is still returned (value null) so a rule can say why.
 */
import type { DtgLine } from '../tree';
import type { SourceLine } from './lines';
import { tokenIn } from './lines';

/** Operating signals may follow the year: `O 071830Z SEP 07 ZDK`, `… (CCY ADC1AECC MSI3311-632)`. */
const DTG = /^((?:[A-Za-z] +){0,2})(\d{6})Z +([A-Za-z]{3}) +(\d{2}|\d{4})(?: +(?:Z[A-Z]{2}|\().*)? *$/;

export const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

export function parseDtg(line: SourceLine): DtgLine | undefined {
  const text = line.text;
  if (text.length < 12 || text.length > 120 || !mayBeDtg(text)) return undefined;
  const match = DTG.exec(text);
  if (!match) return undefined;
  const [, prefix, digits, monthText, yearText] = match;
  const precedences = [];
  for (let column = 0; column < prefix.length; column++) {
    if (prefix[column] !== ' ') precedences.push(tokenIn(line, column, column + 1));
  }
  const timeStart = prefix.length;
  const monthStart = text.indexOf(monthText, timeStart + 7);
  const yearStart = text.indexOf(yearText, monthStart + 3);
  const dtg: DtgLine = {
    line: { start: line.start, end: line.end, text },
    precedences,
    dateTime: tokenIn(line, timeStart, timeStart + 7),
    month: tokenIn(line, monthStart, monthStart + 3),
    year: tokenIn(line, yearStart, yearStart + yearText.length),
    value: null,
  };
  const day = Number(digits.slice(0, 2));
  const hour = Number(digits.slice(2, 4));
  const minute = Number(digits.slice(4, 6));
  const month = MONTHS.indexOf(monthText.toUpperCase()) + 1;
  const year = expandYear(Number(yearText), yearText.length);
  if (month > 0 && hour < 24 && minute < 60 && day >= 1 && day <= daysInMonth(year, month)) {
    dtg.value = { year, month, day, hour, minute };
  }
  return dtg;
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
