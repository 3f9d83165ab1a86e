/**
 * .cablelintrc.json: the JSON reader (line:col on syntax errors), the checker (file + key in every
 * message) and the folder walk (nearest wins rule by rule, "root": true stops).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson, JsonSyntaxError } from '../../../server/lib/node/json-parse';
import { checkConfig, ConfigError } from '../../../server/lib/node/config-check';
import { ConfigLookup, loadConfigFile } from '../../../server/lib/node/config-file';
import type { Rule } from '../../../server/lib/core/rule';
import { tempFolder } from './cli-run';

/** Two small rules with every option type, so the checks do not depend on the catalogue's knobs. */
const RULES: Rule[] = [
  {
    id: 'CBL012',
    alias: 'tags',
    description: 'TAGS',
    severity: 'error',
    tags: [],
    fixable: true,
    options: {
      extraCodes: { type: 'array', items: 'string', description: 'More codes', default: [] },
      requireGeo: { type: 'boolean', description: 'Geo code needed', default: true },
    },
    check() {},
  },
  {
    id: 'CBL019',
    alias: 'signature',
    description: 'Signature',
    severity: 'warning',
    tags: [],
    fixable: false,
    options: { maxLength: { type: 'number', description: 'Longest name', default: 40 }, style: { type: 'string', description: 's', default: 'caps' } },
    check() {},
  },
];

function syntaxError(text: string): JsonSyntaxError {
  try {
    parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  assert.fail(`no syntax error for ${text}`);
}

test('parseJson reads what JSON.parse reads', () => {
  const text = '{ "rules": { "tags": "off", "a": [1, -2.5e3, true, false, null, "\\u0041\\n"] }, "root": true }';
  assert.deepEqual(parseJson(text), JSON.parse(text));
  assert.deepEqual(parseJson('\ufeff[]'), []);
});

test('parseJson reports the 1-based line and column of a syntax error', () => {
  const cases: [string, number, number, RegExp][] = [
    ['{\n  "rules": {\n    "tags": "off",\n  }\n}', 4, 3, /Trailing comma/],
    ['{\n  "rules": { tags: "off" }\n}', 2, 14, /property name in double quotes/],
    ['{ "a": 1 "b": 2 }', 1, 10, /expected ',' or '}'/],
    ['{ "a": "unterminated', 1, 8, /Unterminated string/],
    ['', 1, 1, /end of file/],
    ['{} x', 1, 4, /after the JSON value/],
  ];
  for (const [text, line, column, message] of cases) {
    const error = syntaxError(text);
    assert.deepEqual([error.line, error.column], [line, column], text);
    assert.match(error.message, message);
  }
});

test('checkConfig normalises ids to aliases and keeps severities and options', () => {
  const checked = checkConfig(
    { $schema: 'x', root: true, rules: { cbl012: { severity: 'warning', options: { extraCodes: ['XYZW'] } }, signature: 'off' } },
    'f.json',
    RULES,
  );
  assert.deepEqual(checked, {
    root: true,
    config: { rules: { tags: { severity: 'warning', options: { extraCodes: ['XYZW'] } }, signature: { severity: 'off' } } },
  });
});

test('checkConfig: every mistake names the file and the key', () => {
  const cases: [unknown, string, RegExp][] = [
    [[], 'f.json: expected a JSON object', /an array/],
    [{ rulez: {} }, 'f.json: rulez: unknown setting', /"rules"/],
    [{ root: 'yes' }, 'f.json: root: expected true or false', /string "yes"/],
    [{ rules: { tagz: 'off' } }, 'f.json: rules.tagz: unknown rule "tagz"', /did you mean "tags"/],
    [{ rules: { tags: 'fatal' } }, 'f.json: rules.tags: string "fatal" is not a severity', /off, error, warning, info, hint/],
    [{ rules: { tags: { severity: 'loud' } } }, 'f.json: rules.tags.severity: string "loud" is not a severity', /./],
    [{ rules: { tags: { level: 'error' } } }, 'f.json: rules.tags.level: unknown field', /"severity" or "options"/],
    [{ rules: { tags: 3 } }, 'f.json: rules.tags: expected a severity string', /number 3/],
    [{ rules: { tags: { options: { requireGeo: 'yes' } } } }, 'f.json: rules.tags.options.requireGeo: expected a boolean', /string "yes"/],
    [{ rules: { tags: { options: { extraCodes: ['A', 1] } } } }, 'f.json: rules.tags.options.extraCodes: expected an array of strings', /an array/],
    [{ rules: { signature: { options: { maxLength: '40' } } } }, 'f.json: rules.signature.options.maxLength: expected a number', /string "40"/],
    [{ rules: { signature: { options: { style: 1 } } } }, 'f.json: rules.signature.options.style: expected a string', /number 1/],
    [{ rules: { signature: { options: { width: 1 } } } }, 'f.json: rules.signature.options.width: unknown option', /"maxLength", "style"/],
  ];
  for (const [raw, prefix, detail] of cases) {
    assert.throws(
      () => checkConfig(raw, 'f.json', RULES),
      (error: unknown) => error instanceof ConfigError && error.message.startsWith(prefix) && detail.test(error.message),
      `${JSON.stringify(raw)} -> ${prefix}`,
    );
  }
});

test('loadConfigFile: syntax errors carry file:line:col', (t) => {
  const folder = tempFolder(t);
  const file = join(folder, '.cablelintrc.json');
  writeFileSync(file, '{\n  "rules": {\n    "tags": "off"\n    "signature": "off"\n  }\n}\n');
  assert.throws(() => loadConfigFile(file, RULES), (error: unknown) => error instanceof ConfigError && error.message.startsWith(`${file}:4:5: invalid JSON: `));
  assert.throws(() => loadConfigFile(join(folder, 'missing.json'), RULES), /missing\.json: cannot read the configuration file \(ENOENT\)/);
});

test('ConfigLookup: nearest file wins rule by rule; "root": true stops the walk', (t) => {
  const top = tempFolder(t);
  mkdirSync(join(top, 'post/drafts/old'), { recursive: true });
  writeFileSync(join(top, '.cablelintrc.json'), JSON.stringify({ rules: { signature: 'off', tags: 'hint' } }));
  writeFileSync(join(top, 'post/.cablelintrc.json'), JSON.stringify({ rules: { tags: { severity: 'warning', options: { requireGeo: false } } } }));
  writeFileSync(join(top, 'post/drafts/.cablelintrc.json'), JSON.stringify({ rules: { CBL012: { options: { extraCodes: ['XYZW'] } } } }));
  writeFileSync(join(top, 'post/drafts/old/.cablelintrc.json'), JSON.stringify({ root: true, rules: { tags: 'info' } }));
  const lookup = new ConfigLookup(RULES);
  assert.deepEqual(lookup.configFor(join(top, 'post/drafts')).rules, {
    signature: { severity: 'off', options: {} },
    tags: { severity: 'warning', options: { requireGeo: false, extraCodes: ['XYZW'] } },
  });
  assert.deepEqual(lookup.configFor(join(top, 'post/drafts/old')).rules, { tags: { severity: 'info', options: {} } });
  assert.deepEqual(lookup.filesFor(join(top, 'post/drafts/old')), [join(top, 'post/drafts/old/.cablelintrc.json')]);
});

test('ConfigLookup: a bad file anywhere on the way up is an error for the cables below it', (t) => {
  const top = tempFolder(t);
  mkdirSync(join(top, 'a'));
  writeFileSync(join(top, '.cablelintrc.json'), '{ "rules": { "nope": "off" } }');
  writeFileSync(join(top, 'a/.cablelintrc.json'), '{ "rules": { "tags": "off" } }');
  const lookup = new ConfigLookup(RULES);
  assert.throws(() => lookup.configFor(join(top, 'a')), (error: unknown) => error instanceof ConfigError && error.message === `${join(top, '.cablelintrc.json')}: rules.nope: unknown rule "nope"; \`cable-lint rules\` lists them`);
});
