/**
 * Documentation stays in step with the rules: the generated rule table and configuration schema
 * are what `npm run docs` would write now, and every rule has its page in the agreed shape
 * (docs/briefs rules-common: title, description, severity/tags/fixable, five sections).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../../server/lib/core/rules';
import { lint } from '../../../server/lib/core/lint';
import { configSchema, configSchemaText, readmeWithRules, rulesTable } from '../../../server/lib/cli/docs';
import { checkConfig } from '../../../server/lib/node/config-check';

const ROOT = join(__dirname, '../../..');
const RULE_DOCS = join(ROOT, 'docs/rules');
const SECTIONS = ['What it checks', 'Why', 'Bad', 'Good', 'Configuration'];

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

test('docs/rules/README.md is up to date (run `npm run docs` after changing rule metadata)', () => {
  assert.equal(read('docs/rules/README.md'), rulesTable(allRules));
});

test('the rule table in README.md is up to date (run `npm run docs` after changing rule metadata)', () => {
  const readme = read('README.md');
  assert.match(readme, /<!-- rules:start[^>]*-->\n\| id \| rule \|/);
  assert.equal(readme, readmeWithRules(readme, allRules));
});

test('schemas/cablelintrc.schema.json is up to date (run `npm run docs` after changing rule metadata)', () => {
  assert.equal(read('schemas/cablelintrc.schema.json'), configSchemaText(allRules));
});

test('the schema lists every rule by alias and id, with every option, type and default', () => {
  const schema = configSchema(allRules) as any;
  const properties = schema.properties.rules.properties;
  assert.ok(allRules.length > 0);
  for (const rule of allRules) {
    assert.deepEqual(properties[rule.alias], { $ref: `#/definitions/rules/${rule.alias}` });
    assert.deepEqual(properties[rule.id], properties[rule.alias]);
    const definition = schema.definitions.rules[rule.alias];
    const options = definition.anyOf[1].properties.options.properties;
    assert.deepEqual(Object.keys(options), Object.keys(rule.options ?? {}));
    for (const [name, option] of Object.entries(rule.options ?? {})) {
      assert.equal(options[name].type, option.type);
      assert.deepEqual(options[name].default, option.default);
      assert.equal(options[name].description, option.description);
    }
  }
  assert.deepEqual(schema.definitions.severity.enum, ['off', 'error', 'warning', 'info', 'hint']);
});

test('a configuration that uses every option default passes the config checker', () => {
  const rules = Object.fromEntries(allRules.map((rule) => [rule.alias, { severity: rule.severity, options: Object.fromEntries(Object.entries(rule.options ?? {}).map(([n, o]) => [n, o.default])) }]));
  assert.doesNotThrow(() => checkConfig({ rules }, 'defaults.json', allRules));
});

function sectionsOf(page: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = page.split(/^## /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  return sections;
}

function cableBlock(section: string | undefined): string | undefined {
  return section ? /```cable\n([\s\S]*?)```/.exec(section)?.[1] : undefined;
}

for (const rule of allRules) {
  test(`docs/rules/${rule.alias}.md has the agreed shape and matches the metadata`, () => {
    const path = join(RULE_DOCS, `${rule.alias}.md`);
    assert.ok(existsSync(path), `missing docs/rules/${rule.alias}.md`);
    const page = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
    const lines = page.split('\n');
    assert.equal(lines[0], `# ${rule.alias} (${rule.id})`);
    assert.equal(lines[1], '');
    assert.equal(lines[2], rule.description, 'the description line equals the metadata description');
    assert.equal(lines[3], '');
    assert.equal(lines[4], `- Default severity: ${rule.severity}`);
    assert.equal(lines[5], `- Tags: ${rule.tags.join(', ')}`);
    assert.match(lines[6], rule.fixable ? /^- Fixable: yes\b/ : /^- Fixable: no$/);
    const sections = sectionsOf(page);
    assert.deepEqual([...sections.keys()], SECTIONS);
    assert.ok(cableBlock(sections.get('Bad')), 'Bad has a ```cable example');
    assert.ok(cableBlock(sections.get('Good')), 'Good has a ```cable example');
    const configuration = sections.get('Configuration')!;
    assert.ok(configuration.includes('.cablelintrc.json') && configuration.includes(`"${rule.alias}"`), 'Configuration shows the .cablelintrc.json setting');
    for (const [name, option] of Object.entries(rule.options ?? {})) {
      assert.ok(configuration.includes(`\`${name}\``), `Configuration lists option ${name}`);
      // Compared without blanks: `["summary", "comment"]` is as good as `["summary","comment"]`.
      const compact = configuration.replace(/\s+/g, '');
      assert.ok(compact.includes(JSON.stringify(option.default)), `Configuration gives the default of ${name} (${JSON.stringify(option.default)})`);
    }
  });
}

test('every page in docs/rules belongs to a rule (no stale pages)', () => {
  const aliases = new Set(allRules.map((rule) => `${rule.alias}.md`));
  for (const file of readdirSync(RULE_DOCS)) {
    if (file === 'README.md' || !file.endsWith('.md')) continue;
    assert.ok(aliases.has(file), `docs/rules/${file} has no rule`);
  }
});

/** The examples are real: Bad shows the rule's finding, Good shows none (judged on 2009-09-18, the
 *  date of the reference cable, as the rule fixtures are). */
for (const rule of allRules) {
  test(`docs/rules/${rule.alias}.md: the Bad example is reported and the Good one is not`, () => {
    const path = join(RULE_DOCS, `${rule.alias}.md`);
    if (!existsSync(path)) assert.fail(`missing docs/rules/${rule.alias}.md`);
    const sections = sectionsOf(readFileSync(path, 'utf8').replace(/\r\n/g, '\n'));
    const bad = cableBlock(sections.get('Bad'));
    const good = cableBlock(sections.get('Good'));
    assert.ok(bad !== undefined && good !== undefined);
    const today = { year: 2009, month: 9, day: 18 };
    const badFindings = lint(bad, { today }).findings.filter((f) => f.rule === rule.alias);
    const goodFindings = lint(good, { today }).findings.filter((f) => f.rule === rule.alias);
    assert.ok(badFindings.length > 0, 'the Bad example has a finding of this rule');
    assert.deepEqual(goodFindings.map((f) => f.message), [], 'the Good example has no finding of this rule');
  });
}
