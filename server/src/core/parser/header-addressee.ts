/**
 * One addressee of FM/TO/INFO/XMT: `[RI/]PLAD [precedence] [MCN]`, e.g.
 * `RUEHC/SECSTATE WASHDC IMMEDIATE 4460`, `ZEN/AMEMBASSY MOSCOW NIACT IMMEDIATE 4778-4781`,
 * `RUEKJCS/JOINT STAFF WASHDC//J-3/J-5//`. Misspelled precedence words seen in real headers
 * (`PRIOITY`, `PRIORIT`) are still recognised as the precedence so the PLAD stays clean.
 */
import type { Addressee } from '../tree';
import type { SourceLine } from './lines';
import { tokenIn } from './lines';

const MCN = /\s(\d{4,}(?:-\d{4,})?)$/;
const PRECEDENCE = /\s(NIACT IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE|FLASH|PRIOITY|PIORITY|PRIORIT|PRIORTY|IMMEDIAT)$/;

/** Parses the addressee written from `column` to the end of `line`; undefined when empty. */
export function parseAddressee(line: SourceLine, column: number): Addressee | undefined {
  const raw = line.text;
  let start = column;
  while (start < raw.length && (raw[start] === ' ' || raw[start] === '\t')) start++;
  let end = raw.length;
  while (end > start && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
  if (end <= start) return undefined;

  const addressee: Addressee = { start: line.start + start, end: line.start + end };
  let body = raw.slice(start, end);
  let bodyStart = start;

  const ri = routingIndicatorLength(body);
  if (ri > 0) {
    addressee.routingIndicator = tokenIn(line, bodyStart, bodyStart + ri);
    bodyStart += ri + 1;
    body = body.slice(ri + 1);
  }
  // Both patterns are anchored at the end only (the engine would try them at every column): the
  // last character must be a digit, or the last letter of a precedence word (E Y H T).
  const mcn = isDigitAt(body, body.length - 1) ? MCN.exec(body) : null;
  if (mcn) {
    const at = bodyStart + mcn.index + 1;
    addressee.mcn = tokenIn(line, at, at + mcn[1].length);
    body = body.slice(0, mcn.index);
  }
  const trimmed = body.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  const precedence = last === 69 || last === 89 || last === 72 || last === 84 ? PRECEDENCE.exec(trimmed) : null;
  if (precedence) {
    const at = bodyStart + precedence.index + 1;
    addressee.precedence = tokenIn(line, at, at + precedence[1].length);
    body = trimmed.slice(0, precedence.index);
  }
  const plad = body.trimEnd();
  if (plad.length > 0) addressee.plad = tokenIn(line, bodyStart, bodyStart + plad.length);
  return addressee;
}

/** Length of a routing indicator before the first `/` (`RUEHC/SECSTATE`: a capital, then 2-8
 *  capitals or digits), or -1. A hand check: this runs for every addressee line. */
function routingIndicatorLength(body: string): number {
  const slash = body.indexOf('/');
  if (slash < 3 || slash > 9) return -1;
  const first = body.charCodeAt(0);
  if (first < 65 || first > 90) return -1;
  for (let k = 1; k < slash; k++) {
    const c = body.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return -1;
  }
  return slash;
}

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}
