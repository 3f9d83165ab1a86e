/**
 * cable-lint output formats, driven through the bundled binary: text (problem-matcher shape), json
 * (exact field set, 1-based positions equal to the core's findings), sarif (2.1.0 structure).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { allRules } from '../../../server/lib/core/rules';
import { CLI_FIXTURES, expectedFindings, lineStartingWith, readText, run, TASHKENT, TODAY, type JsonFinding } from './cli-run';

const TASHKENT_REL = 'tests/fixtures/cli/09TASHKENT1503.cable';
const DRAFT_REL = 'tests/fixtures/cli/draft-errors.cable';
const DRAFT = join(CLI_FIXTURES, 'draft-errors.cable');

/** The problem matcher documented in docs/cli.md. */
const PROBLEM_MATCHER = /^(.*):(\d+):(\d+): (error|warning|info|hint): (.*) \[([a-z0-9-]+)\]$/;

test('json: one array of findings with exactly the documented fields, equal to the core findings', () => {
  const result = run(['--format', 'json', '--date', TODAY, DRAFT_REL]);
  const findings: JsonFinding[] = JSON.parse(result.stdout);
  assert.ok(Array.isArray(findings));
  for (const finding of findings) {
    assert.deepEqual(Object.keys(finding).sort(), ['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'rule', 'severity']);
    assert.match(finding.severity, /^(error|warning|info|hint)$/);
    assert.match(finding.code, /^CBL\d{3}$/);
  }
  assert.deepEqual(findings, expectedFindings(DRAFT_REL, readText(DRAFT)));
  assert.equal(result.status, findings.some((f) => f.severity === 'error') ? 1 : 0);
});

test('json: the malformed level of the draft is reported at line 1, columns 1-11 (1-based)', () => {
  const findings: JsonFinding[] = JSON.parse(run(['--format', 'json', '--date', TODAY, DRAFT_REL]).stdout);
  const level = findings.find((f) => f.rule === 'classification-line');
  assert.ok(level, `no classification-line finding in ${JSON.stringify(findings)}`);
  // `SE C R E T` is 10 characters: columns 1..10, end column 11 (exclusive).
  assert.deepEqual([level.line, level.column, level.endLine, level.endColumn, level.code, level.severity], [1, 1, 1, 11, 'CBL001', 'error']);
  assert.match(level.message, /S E C R E T/);
});

test('json: 09TASHKENT1503 has its TAGS and paragraph-numbering findings on the right lines', () => {
  const text = readText(TASHKENT);
  const findings: JsonFinding[] = JSON.parse(run(['--format', 'json', TASHKENT_REL]).stdout);
  assert.deepEqual(findings, expectedFindings(TASHKENT_REL, text));
  const tags = findings.filter((f) => f.rule === 'tags');
  assert.ok(tags.length > 0, 'the [PREL](#) link debris on the TAGS line is reported');
  for (const f of tags) assert.equal(f.line, lineStartingWith(text, 'TAGS:'));
  const numbering = findings.filter((f) => f.rule === 'paragraph-numbering');
  assert.ok(numbering.length > 0, 'paragraphs 11. 12. 13. are reported');
  assert.equal(numbering[0].line, lineStartingWith(text, '11. (C)'));
  assert.equal(numbering[0].column, 1);
});

test('text: one problem-matcher line per finding, a summary on stderr', () => {
  const result = run(['--date', TODAY, DRAFT_REL]);
  const expected = expectedFindings(DRAFT_REL, readText(DRAFT));
  assert.ok(expected.length > 0);
  const lines = result.stdout.split('\n').filter(Boolean);
  assert.equal(lines.length, expected.length);
  lines.forEach((line, i) => {
    const match = PROBLEM_MATCHER.exec(line);
    assert.ok(match, `not matched by the problem matcher: ${line}`);
    assert.deepEqual(match.slice(1), [DRAFT_REL, String(expected[i].line), String(expected[i].column), expected[i].severity, expected[i].message, expected[i].rule]);
  });
  const errors = expected.filter((f) => f.severity === 'error').length;
  assert.match(result.stderr, new RegExp(`^cable-lint: ${expected.length} problems? \\(${errors} errors?`, 'm'));
  assert.equal(result.status, errors ? 1 : 0);
});

test('sarif: 2.1.0 log with the rule catalogue and located results', () => {
  const result = run(['--format', 'sarif', '--date', TODAY, DRAFT_REL]);
  const log = JSON.parse(result.stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$/);
  assert.equal(log.runs.length, 1);
  const driver = log.runs[0].tool.driver;
  assert.equal(driver.name, 'cable-lint');
  assert.match(driver.informationUri, /^https?:\/\//);
  assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), allRules.map((r) => r.id));
  for (const [i, rule] of driver.rules.entries()) {
    assert.equal(rule.name, allRules[i].alias);
    assert.equal(rule.shortDescription.text, allRules[i].description);
    assert.match(rule.helpUri, new RegExp(`/docs/rules/${allRules[i].alias}\\.md$`));
    assert.equal(rule.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[allRules[i].severity]);
  }
  const expected = expectedFindings(DRAFT_REL, readText(DRAFT));
  const results = log.runs[0].results;
  assert.ok(expected.length > 0);
  assert.equal(results.length, expected.length);
  results.forEach((r: any, i: number) => {
    const f = expected[i];
    assert.equal(r.ruleId, f.code);
    assert.equal(driver.rules[r.ruleIndex].id, f.code);
    assert.equal(r.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[f.severity]);
    assert.equal(r.message.text, f.message);
    const location = r.locations[0].physicalLocation;
    assert.equal(location.artifactLocation.uri, DRAFT_REL);
    assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.deepEqual(location.region, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
  });
  assert.match(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
});

test('stdin: "-" lints standard input under --stdin-filename', () => {
  const text = readText(DRAFT);
  const result = run(['--format', 'json', '--date', TODAY, '--stdin-filename', 'memo.cable', '-'], { input: text });
  const findings: JsonFinding[] = JSON.parse(result.stdout);
  assert.ok(findings.length > 0);
  assert.deepEqual(findings, expectedFindings('memo.cable', text));
  const unnamed: JsonFinding[] = JSON.parse(run(['--format', 'json', '--date', TODAY, '-'], { input: text }).stdout);
  assert.deepEqual(unnamed.map((f) => f.file), findings.map(() => '<stdin>'));
});

test('an empty result is an empty JSON array / SARIF results and exit status 0', () => {
  const json = run(['--format', 'json', '-'], { input: '' });
  assert.deepEqual(JSON.parse(json.stdout), expectedFindings('<stdin>', ''));
  const allOff = allRules.flatMap((rule) => ['--rule', `${rule.alias}=off`]);
  const off = run(['--format', 'sarif', ...allOff, DRAFT_REL]);
  assert.deepEqual(JSON.parse(off.stdout).runs[0].results, []);
  assert.equal(off.status, 0);
});

test('rules, --help and --version', () => {
  const rules = run(['rules']);
  assert.equal(rules.status, 0);
  for (const rule of allRules) assert.match(rules.stdout, new RegExp(`^${rule.id}\\s+${rule.alias}\\s+${rule.severity}\\s+(yes|no)\\s+`, 'm'));
  const json = JSON.parse(run(['rules', '--format', 'json']).stdout);
  assert.deepEqual(json.map((r: { alias: string }) => r.alias), allRules.map((r) => r.alias));
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage:/);
  for (const option of ['--format', '--fix', '--fix-dry-run', '--config', '--no-config', '--rule', '--rule-option', '--stdin-filename', '--max-size', '--debug']) {
    assert.ok(help.stdout.includes(option), `--help mentions ${option}`);
  }
  const version = run(['--version']);
  assert.equal(version.stdout.trim(), JSON.parse(readText(join(__dirname, '../../../package.json'))).version);
});
