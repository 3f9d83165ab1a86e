/**
 * One addressee of FM/TO/INFO/XMT: `[RI/]PLAD [precedence] [MCN]`, e.g.
 * `RUEHC/SECSTATE WASHDC IMMEDIATE 4460`, `ZEN/AMEMBASSY MOSCOW NIACT IMMEDIATE 4778-4781`,
 * `RUEKJCS/JOINT STAFF WASHDC//J-3/J-5//`. Misspelled precedence words seen in real headers
 * (`PRIOITY`, `PRIORIT`) are still recognised as the precedence so the PLAD stays clean.
 */
import type { Addressee } from '../tree';
import type { SourceLine } from './lines';
import { tokenIn } from './lines';

const ROUTING_INDICATOR = /^([A-Z][A-Z0-9]{2,8})\//;
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

  const ri = ROUTING_INDICATOR.exec(body);
  if (ri) {
    addressee.routingIndicator = tokenIn(line, bodyStart, bodyStart + ri[1].length);
    bodyStart += ri[0].length;
    body = body.slice(ri[0].length);
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

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}
