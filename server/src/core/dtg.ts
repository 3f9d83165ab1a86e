/**
 * Reading a date-time group (`R 180924Z SEP 09`) and its precedence letters for people:
 * `18 September 2009 09:24 UTC, precedence ROUTINE`. Precedences per cable-format.md §2.2.
 */
import type { DtgLine } from './tree';

export const PRECEDENCES: Readonly<Record<string, string>> = {
  Z: 'FLASH',
  O: 'IMMEDIATE',
  P: 'PRIORITY',
  R: 'ROUTINE',
};

export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const pad = (n: number): string => String(n).padStart(2, '0');

/** `18 September 2009 09:24 UTC`, or null when the DTG did not parse. */
export function describeDtgTime(value: DtgLine['value']): string | null {
  if (!value) return null;
  const month = MONTH_NAMES[value.month - 1];
  if (!month) return null;
  return `${value.day} ${month} ${value.year} ${pad(value.hour)}:${pad(value.minute)} UTC`;
}

/** `ROUTINE`, `IMMEDIATE (action) / ROUTINE (info)`, or null without a known letter. */
export function describePrecedences(letters: readonly string[]): string | null {
  const names = letters.map((letter) => PRECEDENCES[letter.toUpperCase()]).filter((name): name is string => !!name);
  if (names.length === 0) return null;
  if (names.length === 1) return names[0];
  return `${names[0]} (action addressees) / ${names.slice(1).join(', ')} (info addressees)`;
}

/** The whole hover line for a DTG: `18 September 2009 09:24 UTC, precedence ROUTINE`. */
export function describeDtg(dtg: DtgLine): string | null {
  const time = describeDtgTime(dtg.value);
  const precedence = describePrecedences(dtg.precedences.map((token) => token.text));
  if (!time && !precedence) return null;
  return [time, precedence ? `precedence ${precedence}` : null].filter(Boolean).join(', ');
}
