/**
 * Generated documentation: the rule table (docs/rules/README.md) and the JSON Schema of
 * `.cablelintrc.json` (schemas/cablelintrc.schema.json), both from the rule metadata so they cannot
 * drift from the code. scripts/gen-docs.mjs writes them; a test compares the committed files.
 */
import type { Rule, RuleOption } from '../core/rule';
import { RULE_SEVERITIES } from '../node/config-check';

export const SCHEMA_ID = 'https://example.invalid/cable-tools/cable/schemas/cablelintrc.schema.json';

function optionSchema(option: RuleOption): Record<string, unknown> {
  const schema: Record<string, unknown> = { description: option.description };
  if (option.type === 'array') {
    schema.type = 'array';
    schema.items = { type: option.items ?? 'string' };
  } else {
    schema.type = option.type;
  }
  schema.default = option.default;
  return schema;
}

function ruleSchema(rule: Rule): Record<string, unknown> {
  const options = rule.options ?? {};
  const setting: Record<string, unknown> = {
    type: 'object',
    properties: {
      severity: { $ref: '#/definitions/severity' },
      options: {
        type: 'object',
        description: Object.keys(options).length ? `Options of ${rule.alias}.` : `${rule.alias} has no options.`,
        properties: Object.fromEntries(Object.entries(options).map(([name, option]) => [name, optionSchema(option)])),
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
  return {
    description: `${rule.id} ${rule.alias}: ${rule.description} (default: ${rule.severity})`,
    anyOf: [{ $ref: '#/definitions/severity' }, setting],
  };
}

export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) ruleProperties[rule.alias] = { $ref: `#/definitions/rules/${rule.alias}` };
  for (const rule of rules) ruleProperties[rule.id] = { $ref: `#/definitions/rules/${rule.alias}` };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'cable-lint configuration (.cablelintrc.json)',
    description: 'Generated from the rule metadata by `npm run docs`; do not edit by hand.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      root: {
        type: 'boolean',
        description: 'Stop looking for .cablelintrc.json files in the folders above this one.',
        default: false,
      },
      rules: {
        type: 'object',
        description: 'Rule settings by alias or id: a severity, "off", or { "severity", "options" }.',
        properties: ruleProperties,
        additionalProperties: false,
      },
    },
    additionalProperties: false,
    definitions: {
      severity: { enum: [...RULE_SEVERITIES], description: 'off disables the rule; the others set the severity of its findings.' },
      rules: Object.fromEntries(rules.map((rule) => [rule.alias, ruleSchema(rule)])),
    },
  };
}

export function configSchemaText(rules: readonly Rule[]): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function optionsCell(rule: Rule): string {
  const entries = Object.entries(rule.options ?? {});
  if (!entries.length) return '';
  return entries.map(([name, option]) => `\`${name}\` (default \`${JSON.stringify(option.default)}\`)`).join(', ');
}

/** The rule table rows, with links relative to `linkBase` (the folder holding the rule pages). */
function tableRows(rules: readonly Rule[], linkBase: string): string[] {
  return [
    '| id | rule | description | default severity | fixable | options |',
    '|---|---|---|---|---|---|',
    ...rules.map(
      (rule) =>
        `| ${rule.id} | [${rule.alias}](${linkBase}${rule.alias}.md) | ${cell(rule.description)} | ${rule.severity} | ${rule.fixable ? 'yes' : 'no'} | ${cell(optionsCell(rule))} |`,
    ),
  ];
}

const README_START = /<!-- rules:start[^>]*-->/;
const README_END = '<!-- rules:end -->';

/** README.md with the rule table between its `rules:start` / `rules:end` markers regenerated;
 *  unchanged when the markers are missing. */
export function readmeWithRules(readme: string, rules: readonly Rule[]): string {
  const start = README_START.exec(readme);
  const end = readme.indexOf(README_END);
  if (!start || end < start.index) return readme;
  const head = readme.slice(0, start.index + start[0].length);
  return `${head}\n${tableRows(rules, 'docs/rules/').join('\n')}\n${readme.slice(end)}`;
}

export function rulesTable(rules: readonly Rule[]): string {
  const lines = [
    '# Rules',
    '',
    '<!-- Generated from the rule metadata by `npm run docs` (scripts/gen-docs.mjs); do not edit by hand. -->',
    '',
    `cable-lint has ${rules.length} rules. Each has a stable id (\`CBL001\`) and a readable alias; both work in`,
    '`.cablelintrc.json` and on the command line (`--rule tags=warning`). Fixable rules offer a quick fix;',
    'the safe ones are applied by `cable-lint --fix`, Fix All and formatting.',
    '',
    ...tableRows(rules, ''),
    '',
    'Configuration schema: [`schemas/cablelintrc.schema.json`](../../schemas/cablelintrc.schema.json).',
    '',
  ];
  return lines.join('\n');
}
