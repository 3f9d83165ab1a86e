/**
 * The transmission-header parser on real cables (tests/fixtures/header/, copied from the corpus)
 * and on the odd forms the format description names.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitLines } from '../../../server/lib/core/parser/lines';
import { parseHeader } from '../../../server/lib/core/parser/header';
import type { Span, Token } from '../../../server/lib/core/tree';
import { FIXTURES } from '../support/fixtures';

function headerOf(text: string) {
  const lines = splitLines(text);
  let from = 0;
  while (from < lines.length && lines[from].text.trim() === '') from++;
  return { lines, result: parseHeader(lines, from) };
}

function real(name: string) {
  const text = readFileSync(join(FIXTURES, 'header', `${name}.cable`), 'utf8');
  return { text, ...headerOf(text) };
}

/** Every token's text must be exactly the document text at its range. */
function assertTokensExact(text: string, value: unknown, path = 'header'): void {
  if (value === null || typeof value !== 'object') return;
  const node = value as Partial<Token> & Span;
  if (typeof node.start === 'number' && typeof node.end === 'number') {
    assert.ok(0 <= node.start && node.start <= node.end && node.end <= text.length, `${path} range inside the document`);
    if (typeof node.text === 'string') assert.equal(text.slice(node.start, node.end), node.text, `${path} text matches its range`);
  }
  for (const [key, child] of Object.entries(value)) assertTokensExact(text, child, `${path}.${key}`);
}

describe('transmission header', () => {
  test('09TASHKENT1503: every format line', () => {
    const { text, result } = real('09TASHKENT1503');
    const header = result.header!;
    assert.equal(header.transmissionId?.text, 'VZCZCXYZ0000');
    assert.equal(header.prosign?.prosign.text, 'RR');
    assert.deepEqual(header.prosign?.routingIndicators.map((t) => t.text), ['RUEHWEB']);
    assert.equal(header.de?.routingIndicator?.text, 'RUEHNT');
    assert.equal(header.de?.serial?.text, '#1503');
    assert.equal(header.de?.julian?.text, '2610924');
    assert.equal(header.security?.signal.text, 'ZNY');
    assert.equal(header.security?.letters?.text, 'CCCCC');
    assert.deepEqual(header.security?.operatingSignals.map((t) => t.text), ['ZZH']);
    assert.deepEqual(header.dtg?.precedences.map((t) => t.text), ['R']);
    assert.deepEqual(header.dtg?.value, { year: 2009, month: 9, day: 18, hour: 9, minute: 24 });
    assert.equal(header.fm?.plad?.text, 'AMEMBASSY TASHKENT');
    assert.equal(header.to.length, 1);
    assert.equal(header.to[0].routingIndicator?.text, 'RUEHC');
    assert.equal(header.to[0].plad?.text, 'SECSTATE WASHDC');
    assert.equal(header.to[0].mcn?.text, '1338');
    assert.deepEqual(result.date, { year: 2009, month: 9, day: 18 });
    // The header ends before the classification line.
    const lines = splitLines(text);
    assert.match(lines[result.next + 1].text, /^C O N F I D E N T I A L/);
    assertTokensExact(text, header);
  });

  test('09BOGOTA3035: section suffix, dual precedence, INFO list with odd entries', () => {
    const { text, result } = real('09BOGOTA3035');
    const header = result.header!;
    assert.equal(header.de?.serial?.text, '#3035');
    assert.equal(header.de?.section?.text, '01');
    assert.deepEqual(header.dtg?.precedences.map((t) => t.text), ['O', 'R']);
    assert.equal(header.to[0].precedence?.text, 'IMMEDIATE');
    assert.equal(header.to[0].mcn?.text, '0047');
    assert.equal(header.info.length, 11);
    const laPaz = header.info.find((a) => a.routingIndicator?.text === 'RUEHLP');
    assert.equal(laPaz?.plad?.text, 'AMEMBASSY LA PAZ SEP LIMA');
    assert.equal(laPaz?.mcn?.text, '0013');
    assertTokensExact(text, header);
  });

  test('08STATE103511: ZEN/ routing, NIACT IMMEDIATE, MCN ranges', () => {
    const { text, result } = real('08STATE103511');
    const header = result.header!;
    assert.equal(header.fm?.plad?.text, 'SECSTATE WASHDC');
    assert.equal(header.to.length, 5);
    assert.equal(header.to[0].routingIndicator?.text, 'ZEN');
    assert.equal(header.to[0].precedence?.text, 'NIACT IMMEDIATE');
    assert.equal(header.to[0].mcn?.text, '2276-2279');
    assert.equal(header.info.length, 9);
    assert.equal(header.info[8].plad?.text, 'COMDT COGARD WASHINGTON DC');
    assertTokensExact(text, header);
  });

  test('09STATE63860: distribution block before the DTG stays outside; XMT exemptions', () => {
    const { text, lines, result } = real('09STATE63860');
    assert.match(lines[result.startLine].text, /^P 191717Z JUN 09/);
    const header = result.header!;
    assert.equal(header.transmissionId, undefined);
    assert.equal(header.to.map((a) => a.plad?.text).join('|'), 'SECURITY OFFICER COLLECTIVE|AMEMBASSY TRIPOLI');
    assert.equal(header.info[0].plad?.text, 'AMCONSUL CASABLANCA');
    assert.deepEqual(header.xmt.map((a) => a.plad?.text), ['AMCONSUL JOHANNESBURG', 'AMCONSUL JOHANNESBURG']);
    assertTokensExact(text, header);
  });

  test('09DOHA214: a pseudo-header before VZCZC; the header is found after it', () => {
    const { lines, result } = real('09DOHA214');
    assert.match(lines[result.startLine].text, /^VZCZCDOI550/);
    const header = result.header!;
    assert.deepEqual(header.prosign?.routingIndicators.map((t) => t.text), ['RUEHC', 'RHMFISS', 'RUEAIIA', 'RHMFISS', 'RULSSGG', 'RHMFISS', 'RHEFDIA', 'RHMFISS']);
    assert.equal(header.security?.letters?.text, 'SSSSS');
    assert.deepEqual(result.date, { year: 2009, month: 3, day: 26 });
  });

  test('08BRASILIA93: no VZCZC/DE/ZNY, misspelled precedences keep the PLAD clean', () => {
    const { result } = real('08BRASILIA93');
    const header = result.header!;
    assert.equal(header.de, undefined);
    assert.deepEqual(header.dtg?.value, { year: 2008, month: 1, day: 15, hour: 18, minute: 56 });
    assert.equal(header.info[0].plad?.text, 'AMEMBASSY BUENOS AIRES');
    assert.equal(header.info[0].precedence?.text, 'PRIOITY');
    assert.equal(header.info[3].plad?.text, 'AMMBASSY NEW DELHI');
  });

  test('66BUENOSAIRES2481: 1966 dual precedence and addressees without routing indicators', () => {
    const { result } = real('66BUENOSAIRES2481');
    const header = result.header!;
    assert.deepEqual(result.date, { year: 1966, month: 12, day: 28 });
    assert.equal(header.to[0].plad?.text, 'SECSTATE WASHDC');
    assert.ok(header.info.length >= 10);
  });

  test('09STATE15113: page noise inside the TO list', () => {
    const { result } = real('09STATE15113');
    const header = result.header!;
    assert.deepEqual(header.to.map((a) => a.plad?.text).slice(-2), ['ALL DIPLOMATIC POSTS COLLECTIVE', 'AMEMBASSY TRIPOLI']);
  });

  test('00HARARE6677: an OASYS DTG line alone still dates the cable', () => {
    const { result } = real('00HARARE6677');
    assert.deepEqual(result.date, { year: 2000, month: 11, day: 29 });
    assert.equal(result.header?.dtg?.precedences.length, 0);
  });

  test('a draft has no header and nothing is consumed', () => {
    const { result } = headerOf('C O N F I D E N T I A L TASHKENT 001503\n\nE.O. 12958: DECL: 2019/09/18\nTAGS: PREL\n');
    assert.equal(result.header, undefined);
    assert.equal(result.next, 0);
    assert.equal(result.date, null);
  });

  test('uneven security letters (CCSCC) are still the letters group, not operating signals', () => {
    const { result } = headerOf('VZCZCXYZ0000\nRR RUEHWEB\nDE RUEHNT #1503 2610924\nZNY CCSCC ZZH\nR 180924Z SEP 09\nFM AMEMBASSY TASHKENT\n');
    const security = result.header!.security!;
    assert.deepEqual([security.letters?.text, security.operatingSignals.map((t) => t.text)], ['CCSCC', ['ZZH']]);
  });

  test('a VZCZC header below a printed summary box (TAGS/Subject above it) is found (03ABUDHABI2641)', () => {
    const { result } = headerOf('CONFIDENTIAL\n\nTAGS:     PREL, EPET\nSubject:  UAE OIL\n____\nVZCZCADI319\nOO RUEHC\nDE RUEHAD #2641 1541250\nZNY CCCCC ZZH\nO 031250Z JUN 03\nFM AMEMBASSY ABU DHABI\n');
    assert.deepEqual([result.startLine, result.date], [5, { year: 2003, month: 6, day: 3 }]);
    // After a heading line only VZCZC starts a header: a DTG-like line in the text does not.
    assert.equal(headerOf('SECRET\nTAGS: PREL\nSUBJECT: X\nO 031250Z JUN 03\n').result.header, undefined);
  });

  test('an impossible DTG is kept with a null value', () => {
    const { result } = headerOf('R 321560Z SPT 09\nFM AMEMBASSY X\nTO SECSTATE WASHDC\n');
    assert.equal(result.header?.dtg?.value, null);
    assert.equal(result.header?.dtg?.month?.text, 'SPT');
    assert.equal(result.date, null);
  });

  test('CRLF text: ranges exclude the carriage return', () => {
    const text = 'VZCZCXYZ0000\r\nRR RUEHWEB\r\n\r\nDE RUEHNT #1503 2610924\r\nZNY CCCCC ZZH\r\nR 180924Z SEP 09\r\nFM AMEMBASSY TASHKENT\r\nTO RUEHC/SECSTATE WASHDC 1338\r\n\r\nC O N F I D E N T I A L TASHKENT 001503\r\n';
    const { result } = headerOf(text);
    assert.equal(result.header?.to[0].mcn?.text, '1338');
    assertTokensExact(text, result.header);
  });
});
