/**
 * The extension manifest (package.json) is consistent: commands have titles and are registered by
 * the client, contributed files exist, engine versions agree, and the committed manifest and
 * snippets are what `scripts/gen-manifest.mjs` generates from the rule catalogue and the templates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../../server/lib/core';
import { extensionManifest, COMMANDS } from '../../../client/lib/manifest/extension-manifest';
import { snippetsFile } from '../../../client/lib/templates';

const root = join(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = pkg.contributes;
const CONTRACT_COMMANDS = ['cable.fixAll', 'cable.renumberParagraphs', 'cable.lintWorkspace', 'cable.openRuleDocumentation', 'cable.newCable', 'cable.disableRule'];
const STALE = 'package.json is stale: run `npx tsc -b && node scripts/gen-manifest.mjs` and commit the result';

/** `1.91.0` from `^1.91.0` / `1.91.0`; [major, minor, patch]. */
function version(range: string): number[] {
  const match = /(\d+)\.(\d+)\.(\d+)/.exec(range);
  assert.ok(match, `not a version: ${range}`);
  return match.slice(1).map(Number);
}
const compare = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function clientSources(dir = join(root, 'client/src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? clientSources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8')] : [],
  );
}

test('every contract command is contributed with a title under the Cable category', () => {
  const ids = contributes.commands.map((c: { command: string }) => c.command);
  assert.deepEqual([...ids].sort(), [...CONTRACT_COMMANDS].sort());
  for (const command of contributes.commands) {
    assert.ok(typeof command.title === 'string' && command.title.trim().length > 0, `${command.command} has no title`);
    assert.equal(command.category, 'Cable', command.command);
  }
  const titles = Object.fromEntries(contributes.commands.map((c: { command: string; title: string }) => [c.command, c.title]));
  assert.equal(titles['cable.fixAll'], 'Fix All');
  assert.equal(titles['cable.renumberParagraphs'], 'Renumber Paragraphs');
  assert.equal(titles['cable.lintWorkspace'], 'Lint Workspace');
  assert.equal(titles['cable.openRuleDocumentation'], 'Open Rule Documentation');
  assert.equal(titles['cable.newCable'], 'New Cable');
});

test('menus name only contributed commands; document commands only for cables; disableRule hidden', () => {
  const ids = new Set(contributes.commands.map((c: { command: string }) => c.command));
  for (const [menu, entries] of Object.entries(contributes.menus) as [string, { command: string; when?: string }[]][]) {
    for (const entry of entries) assert.ok(ids.has(entry.command), `${menu} names unknown command ${entry.command}`);
  }
  const palette = Object.fromEntries(contributes.menus.commandPalette.map((e: { command: string; when: string }) => [e.command, e.when]));
  assert.equal(palette['cable.fixAll'], 'editorLangId == cable');
  assert.equal(palette['cable.renumberParagraphs'], 'editorLangId == cable');
  assert.equal(palette['cable.disableRule'], 'false');
});

test('the client registers exactly the contributed commands', () => {
  const registered = new Set<string>();
  for (const source of clientSources()) {
    for (const match of source.matchAll(/registerCommand\(\s*'([^']+)'/g)) registered.add(match[1]);
  }
  // Fix All and Renumber share one registration helper: their ids appear as literals next to it.
  const ids = contributes.commands.map((c: { command: string }) => c.command);
  for (const id of ids) assert.ok(registered.has(id), `command ${id} is contributed but not registered in client/src`);
  for (const id of registered) assert.ok(ids.includes(id), `command ${id} is registered but not contributed`);
});

test('every file the manifest points to exists', () => {
  const paths = [
    pkg.main,
    pkg.browser,
    pkg.icon,
    ...contributes.languages.flatMap((l: { configuration: string; icon?: { light: string; dark: string } }) => [l.configuration, l.icon?.light, l.icon?.dark]),
    ...contributes.grammars.map((g: { path: string }) => g.path),
    ...contributes.snippets.map((s: { path: string }) => s.path),
    ...contributes.jsonValidation.map((v: { url: string }) => v.url),
    'LICENSE',
    'CHANGELOG.md',
    '.vscodeignore',
  ].filter((path): path is string => typeof path === 'string');
  assert.ok(paths.length >= 10);
  for (const path of paths) assert.ok(existsSync(join(root, path)), `${path} is named in package.json but does not exist`);
  assert.equal(pkg.main, './client/out/extension.js');
});

test('the icon is a 128x128 PNG', () => {
  const png = readFileSync(join(root, pkg.icon));
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.readUInt32BE(16), 128);
  assert.equal(png.readUInt32BE(20), 128);
});

test('engines.vscode is ^1.91 and no newer than 1.139; @types/vscode is not newer than the engine', () => {
  assert.equal(pkg.engines.vscode, '^1.91.0');
  const engine = version(pkg.engines.vscode);
  assert.ok(compare(engine, [1, 139, Infinity]) <= 0, `engines.vscode ${pkg.engines.vscode} is newer than 1.139`);
  const types = version(pkg.devDependencies['@types/vscode']);
  assert.ok(compare(types, engine) <= 0, `@types/vscode ${types.join('.')} is newer than engines.vscode ${engine.join('.')}`);
});

test('the language, grammar and activation follow the editor contract', () => {
  const [language] = contributes.languages;
  assert.equal(language.id, 'cable');
  assert.deepEqual(language.aliases.slice(0, 2), ['Cable', 'Diplomatic Cable']);
  assert.deepEqual(language.extensions, ['.cable', '.tel']);
  assert.deepEqual(contributes.grammars, [{ language: 'cable', scopeName: 'source.cable', path: './syntaxes/cable.tmLanguage.json' }]);
  assert.ok(pkg.activationEvents.includes('onLanguage:cable'));
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  assert.deepEqual(contributes.jsonValidation, [{ fileMatch: '.cablelintrc.json', url: './schemas/cablelintrc.schema.json' }]);
});

test('settings: cable.rules has one property per rule with the five severities; cable.run; cable.trace.server', () => {
  const properties = contributes.configuration.properties;
  const rules = properties['cable.rules'];
  assert.equal(rules.type, 'object');
  assert.equal(rules.scope, 'resource');
  assert.ok(allRules.length > 0);
  assert.deepEqual(Object.keys(rules.properties).sort(), allRules.map((rule) => rule.alias).sort(), STALE);
  for (const rule of allRules) {
    assert.deepEqual(rules.properties[rule.alias].enum, ['error', 'warning', 'info', 'hint', 'off'], rule.alias);
    assert.match(rules.properties[rule.alias].markdownDescription, new RegExp(`^${rule.id}: `), STALE);
  }
  assert.deepEqual(properties['cable.run'].enum, ['onType', 'onSave']);
  assert.equal(properties['cable.run'].default, 'onType');
  assert.deepEqual(properties['cable.trace.server'].enum, ['off', 'messages', 'verbose']);
});

test('the committed manifest is what gen-manifest writes from the current rule catalogue', () => {
  const generated = extensionManifest(allRules);
  for (const [key, value] of Object.entries(generated)) assert.deepEqual(pkg[key], value, `${key}: ${STALE}`);
  assert.equal(COMMANDS.length, contributes.commands.length);
});

test('the committed snippets file is generated from client/src/templates.ts', () => {
  const committed = readFileSync(join(root, 'snippets/cable.code-snippets'), 'utf8');
  assert.equal(committed, JSON.stringify(snippetsFile(), null, 2) + '\n', 'snippets are stale: run node scripts/gen-manifest.mjs');
});

test('the problem matcher reads every finding line of cable-lint --format text', () => {
  const [matcher] = contributes.problemMatchers;
  const pattern = new RegExp(matcher.pattern.regexp);
  const fixture = 'tests/fixtures/real/08TUNIS193.cable';
  // The real CLI on a real cable (findings on stdout, the summary on stderr).
  const result = spawnSync(process.execPath, [join(root, 'server/out/cable-lint.js'), '--format', 'text', '--date', '2008-03-03', fixture], { cwd: root, encoding: 'utf8' });
  const lines = result.stdout.split('\n').filter((line) => line.length > 0);
  assert.ok(lines.length > 0, `cable-lint printed no findings for ${fixture}: ${result.stderr}`);
  const json = spawnSync(process.execPath, [join(root, 'server/out/cable-lint.js'), '--format', 'json', '--date', '2008-03-03', fixture], { cwd: root, encoding: 'utf8' });
  const findings = JSON.parse(json.stdout) as { line: number; column: number; severity: string; message: string; rule: string }[];
  assert.equal(lines.length, findings.length);
  lines.forEach((line, i) => {
    const match = pattern.exec(line);
    assert.ok(match, `problem matcher does not read: ${line}`);
    assert.equal(match[matcher.pattern.file], fixture);
    assert.equal(Number(match[matcher.pattern.line]), findings[i].line);
    assert.equal(Number(match[matcher.pattern.column]), findings[i].column);
    assert.equal(match[matcher.pattern.severity], findings[i].severity);
    assert.equal(match[matcher.pattern.message], findings[i].message.replace(/\s*\n\s*/g, ' '));
    assert.equal(match[matcher.pattern.code], findings[i].rule);
  });
  const windows = pattern.exec('C:\\drafts\\a.tel:1:1: error: Classification line missing [classification-line]');
  assert.equal(windows?.[matcher.pattern.file], 'C:\\drafts\\a.tel');
  assert.equal(pattern.exec('cable-lint: 2 problems (2 errors, 0 warnings, 0 info, 0 hints) in 1 of 1 file'), null);
});
