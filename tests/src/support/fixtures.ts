/**
 * Rule fixtures with the expected findings written next to the text (markdownlint style).
 *
 * A fixture is a `.cable` file. Lines starting with `#!` are expectations, not cable text: they are
 * removed before linting, and each one describes a finding on the nearest cable line above it:
 *
 *     TAGS: POGOV XG
 *     #!    ^^^^^ tags: Unknown TAGS code POGOV
 *
 * - `^^^^^` (optional) gives the columns the finding must cover exactly, under the text above.
 * - `tags` is the rule alias; the text after `:` must occur in the message.
 * - `#! line 0 tags: ...` anchors to a given 0-based line of the cleaned text instead (for
 *   findings at the top of a file, where there is no line above).
 * - A leading `#! today 2009-09-18` line sets the date a header-less draft is judged against.
 *
 * Only findings of the rules named in the fixture's expectations, plus the rule under test, are
 * compared, so one fixture per rule is not disturbed by the others.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../../server/lib/core/text';
import type { CableDate } from '../../../server/lib/core/tree';

export const FIXTURES = join(__dirname, '../../fixtures');

export interface Expectation {
  rule: string;
  line: number;
  /** Exact columns when carets were given. */
  startCharacter?: number;
  endCharacter?: number;
  message: string;
}

export interface RuleFixture {
  name: string;
  /** The cable text with the `#!` lines removed. */
  text: string;
  expectations: Expectation[];
  today?: CableDate;
}

const EXPECTATION = /^#!( *)(\^*)\s*(?:line (\d+) )?([a-z][a-z0-9-]*): ?(.*)$/;

export function parseFixture(name: string, raw: string): RuleFixture {
  const kept: string[] = [];
  const expectations: Expectation[] = [];
  let today: CableDate | undefined;
  const rawLines = raw.split(/\r\n|\n|\r/);
  const newline = raw.includes('\r\n') ? '\r\n' : '\n';
  for (const rawLine of rawLines) {
    if (!rawLine.startsWith('#!')) {
      kept.push(rawLine);
      continue;
    }
    const date = /^#!\s*today (\d{4})-(\d{2})-(\d{2})\s*$/.exec(rawLine);
    if (date) {
      today = { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
      continue;
    }
    const match = EXPECTATION.exec(rawLine);
    if (!match) throw new Error(`${name}: unreadable expectation line: ${rawLine}`);
    const [, pad, carets, explicitLine, rule, message] = match;
    const line = explicitLine !== undefined ? Number(explicitLine) : kept.length - 1;
    if (line < 0) throw new Error(`${name}: expectation before any cable line: ${rawLine}`);
    const expectation: Expectation = { rule, line, message: message.trim() };
    if (carets.length > 0) {
      // `#!` is two columns wide; carets sit under the text of the line above.
      expectation.startCharacter = 2 + pad.length;
      expectation.endCharacter = expectation.startCharacter + carets.length;
    }
    expectations.push(expectation);
  }
  return { name, text: kept.join(newline), expectations, today };
}

export function loadRuleFixtures(dir: string): RuleFixture[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cable'))
    .sort()
    .map((file) => parseFixture(file, readFileSync(join(dir, file), 'utf8')));
}

export interface ActualFinding {
  rule: string;
  start: number;
  end: number;
  message: string;
}

/** Compares findings with expectations; returns a list of human-readable problems (empty = pass). */
export function compareFindings(fixture: RuleFixture, findings: ActualFinding[], ruleUnderTest: string): string[] {
  const index = new LineIndex(fixture.text);
  const rules = new Set([ruleUnderTest, ...fixture.expectations.map((e) => e.rule)]);
  const actual = findings
    .filter((finding) => rules.has(finding.rule))
    .map((finding) => ({ finding, start: index.positionAt(finding.start), end: index.positionAt(finding.end) }));
  const unmatched = [...actual];
  const problems: string[] = [];
  for (const expected of fixture.expectations) {
    const at = unmatched.findIndex(
      ({ finding, start, end }) =>
        finding.rule === expected.rule &&
        start.line === expected.line &&
        finding.message.includes(expected.message) &&
        (expected.startCharacter === undefined ||
          (start.character === expected.startCharacter && end.line === expected.line && end.character === expected.endCharacter)),
    );
    if (at === -1) {
      problems.push(`missing on line ${expected.line}: ${expected.rule}: ${expected.message}` + (expected.startCharacter !== undefined ? ` [${expected.startCharacter}-${expected.endCharacter}]` : ''));
    } else {
      unmatched.splice(at, 1);
    }
  }
  for (const { finding, start, end } of unmatched) {
    problems.push(`unexpected on line ${start.line} [${start.character}-${end.line === start.line ? end.character : `${end.line}:${end.character}`}]: ${finding.rule}: ${finding.message}`);
  }
  return problems;
}
