/**
 * Configuration through the binary: .cablelintrc.json lookup, --config, --no-config, --rule,
 * --rule-option, and bad configurations (one clear line naming the file and key, exit status 2).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../../server/lib/core/rules';
import { CLI_FIXTURES, expectedFindings, readText, run, tempFolder, TODAY, type JsonFinding } from './cli-run';

const DRAFT = join(CLI_FIXTURES, 'draft-errors.cable');

/** top/.cablelintrc.json and top/post/draft.cable */
function project(t: Parameters<typeof tempFolder>[0], config?: unknown): { top: string; post: string } {
  const top = tempFolder(t);
  const post = join(top, 'post');
  mkdirSync(post);
  copyFileSync(DRAFT, join(post, 'draft.cable'));
  if (config !== undefined) writeFileSync(join(top, '.cablelintrc.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return { top, post };
}

function lintJson(args: string[], cwd: string): { findings: JsonFinding[]; status: number | null; stderr: string } {
  const result = run(['--format', 'json', '--date', TODAY, ...args], { cwd });
  return { findings: result.stdout ? JSON.parse(result.stdout) : [], status: result.status, stderr: result.stderr };
}

const rulesOf = (findings: JsonFinding[]) => new Set(findings.map((f) => f.rule));

test('the draft reports classification-line by default (the finding the config tests switch)', (t) => {
  const { top } = project(t);
  const { findings } = lintJson(['post/draft.cable'], top);
  assert.ok(rulesOf(findings).has('classification-line'), JSON.stringify(findings));
});

test('.cablelintrc.json above the cable applies; severity changes are visible', (t) => {
  const { top } = project(t, { rules: { 'classification-line': 'off', CBL011: 'warning' } });
  const { findings } = lintJson(['post/draft.cable'], top);
  assert.ok(!rulesOf(findings).has('classification-line'));
  const config = { rules: { 'classification-line': { severity: 'off' as const }, dtg: { severity: 'warning' as const } } };
  assert.deepEqual(findings, expectedFindings('post/draft.cable', readText(DRAFT), config));
});

test('the nearest file wins, "root": true stops, --no-config ignores them, --config replaces them', (t) => {
  const { top, post } = project(t, { rules: { 'classification-line': 'off' } });
  writeFileSync(join(post, '.cablelintrc.json'), JSON.stringify({ rules: { 'classification-line': 'hint' } }));
  const nearest = lintJson(['post/draft.cable'], top).findings.filter((f) => f.rule === 'classification-line');
  assert.ok(nearest.length > 0 && nearest.every((f) => f.severity === 'hint'));

  writeFileSync(join(post, '.cablelintrc.json'), JSON.stringify({ root: true, rules: {} }));
  assert.ok(rulesOf(lintJson(['post/draft.cable'], top).findings).has('classification-line'), 'root: true hides the top file');

  writeFileSync(join(post, '.cablelintrc.json'), JSON.stringify({ rules: {} }));
  assert.ok(!rulesOf(lintJson(['post/draft.cable'], top).findings).has('classification-line'), 'the top file applies');
  assert.ok(rulesOf(lintJson(['--no-config', 'post/draft.cable'], top).findings).has('classification-line'));

  writeFileSync(join(top, 'strict.json'), JSON.stringify({ rules: { 'classification-line': 'info' } }));
  const replaced = lintJson(['--config', 'strict.json', 'post/draft.cable'], top).findings.filter((f) => f.rule === 'classification-line');
  assert.ok(replaced.length > 0 && replaced.every((f) => f.severity === 'info'));
});

test('--rule wins over the files; aliases and ids both work', (t) => {
  const { top } = project(t, { rules: { 'classification-line': 'off' } });
  const back = lintJson(['--rule', 'CBL001=warning', 'post/draft.cable'], top).findings.filter((f) => f.rule === 'classification-line');
  assert.ok(back.length > 0 && back.every((f) => f.severity === 'warning'));
  const off = lintJson(['--no-config', '--rule', 'classification-line=off', 'post/draft.cable'], top);
  assert.ok(!rulesOf(off.findings).has('classification-line'));
});

test('the configuration for standard input is looked up from --stdin-filename', (t) => {
  const { top } = project(t, { rules: { 'classification-line': 'off' } });
  const text = readText(DRAFT);
  const named = run(['--format', 'json', '--date', TODAY, '--stdin-filename', 'post/memo.cable', '-'], { cwd: top, input: text });
  assert.ok(!rulesOf(JSON.parse(named.stdout)).has('classification-line'));
  const elsewhere = tempFolder(t);
  const unnamed = run(['--format', 'json', '--date', TODAY, '-'], { cwd: elsewhere, input: text });
  assert.ok(rulesOf(JSON.parse(unnamed.stdout)).has('classification-line'));
});

/** A real rule option from the catalogue, with a value of the wrong type for it. */
function someOption(): { alias: string; option: string; wrong: unknown; type: string } {
  for (const rule of allRules) {
    for (const [option, meta] of Object.entries(rule.options ?? {})) {
      const wrong = meta.type === 'string' ? 12 : 'not-a-' + meta.type;
      return { alias: rule.alias, option, wrong, type: meta.type === 'array' ? 'an array' : `a ${meta.type}` };
    }
  }
  assert.fail('no rule in the catalogue has options');
}

test('bad configuration files: one line naming the file and the key, exit status 2, nothing linted', (t) => {
  const { alias, option, wrong, type } = someOption();
  const cases: [string, (file: string) => RegExp][] = [
    ['{\n  "rules": {\n    "tags": "off",,\n  }\n}', (file) => new RegExp(`^cable-lint: ${file}:3:19: invalid JSON: .+$`, 'm')],
    ['{ "rules": { "no-such-rule": "off" } }', (file) => new RegExp(`^cable-lint: ${file}: rules\\.no-such-rule: unknown rule "no-such-rule"`, 'm')],
    ['{ "rules": { "CBL011": "fatal" } }', (file) => new RegExp(`^cable-lint: ${file}: rules\\.CBL011: string "fatal" is not a severity`, 'm')],
    [
      JSON.stringify({ rules: { [alias]: { options: { [option]: wrong } } } }),
      (file) => new RegExp(`^cable-lint: ${file}: rules\\.${alias}\\.options\\.${option}: expected ${type}`, 'm'),
    ],
  ];
  for (const [content, expected] of cases) {
    const { top } = project(t, content);
    const file = join(top, '.cablelintrc.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const result = run(['--format', 'json', 'post/draft.cable'], { cwd: top });
    assert.equal(result.status, 2, content);
    assert.match(result.stderr, expected(file), content);
    assert.match(result.stderr, /^cable-lint: 1 file not linted because of the configuration error above$/m);
    assert.equal(result.stderr.trim().split('\n').length, 2, result.stderr);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(JSON.parse(result.stdout), []);
  }
});

test('a bad --config file or flag stops the run before any file, exit status 2', (t) => {
  const { top } = project(t);
  writeFileSync(join(top, 'bad.json'), '{ "rules": { "tags": "loud" } }');
  const bad = run(['--config', 'bad.json', 'post/draft.cable'], { cwd: top });
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr, 'cable-lint: bad.json: rules.tags: string "loud" is not a severity (expected one of off, error, warning, info, hint)\n');
  assert.equal(bad.stdout, '');
  const missing = run(['--config', 'nope.json', 'post/draft.cable'], { cwd: top });
  assert.match(missing.stderr, /^cable-lint: nope\.json: cannot read the configuration file \(ENOENT\)$/m);
  const flag = run(['--rule', 'tagz=off', 'post/draft.cable'], { cwd: top });
  assert.match(flag.stderr, /^cable-lint: --rule: tagz: unknown rule "tagz" \(did you mean "tags"\?\)/m);
  assert.equal(flag.status, 2);
  const severity = run(['--rule', 'tags=loud', 'post/draft.cable'], { cwd: top });
  assert.match(severity.stderr, /^cable-lint: --rule: tags: string "loud" is not a severity/m);
});

test('--rule-option sets a rule option (checked against its type)', (t) => {
  const { top } = project(t);
  const { alias, option, wrong, type } = someOption();
  const bad = run(['--rule-option', `${alias}.${option}=${JSON.stringify(wrong)}`, 'post/draft.cable'], { cwd: top });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, new RegExp(`^cable-lint: --rule-option: ${alias}\\.${option}: expected ${type}`, 'm'));
  const unknown = run(['--rule-option', `${alias}.noSuchOption=1`, 'post/draft.cable'], { cwd: top });
  assert.match(unknown.stderr, new RegExp(`--rule-option: ${alias}\\.noSuchOption: unknown option; ${alias} has ${option}`));
  const notJson = run(['--rule-option', `${alias}.${option}=abc`, 'post/draft.cable'], { cwd: top });
  assert.match(notJson.stderr, /the value must be JSON/);
  assert.equal(notJson.status, 2);
});

test('--rule-option changes what a rule reports (declassification-date maxYears)', (t) => {
  const rule = allRules.find((r) => r.alias === 'declassification-date');
  if (!rule?.options?.maxYears) {
    t.skip('declassification-date has no maxYears option');
    return;
  }
  const folder = tempFolder(t);
  const text = readText(join(CLI_FIXTURES, 'clean-draft.cable'));
  writeFileSync(join(folder, 'ten.cable'), text);
  // DECL 09/18/2019 is 10 years after the draft's date: fine by default, too far with maxYears 5.
  const base = lintJson(['ten.cable'], folder).findings.filter((f) => f.rule === 'declassification-date');
  const strict = lintJson(['--rule-option', 'declassification-date.maxYears=5', 'ten.cable'], folder).findings.filter((f) => f.rule === 'declassification-date');
  assert.equal(base.length, 0);
  assert.equal(strict.length, 1);
  assert.match(strict[0].message, /expected at most 5/);
});
