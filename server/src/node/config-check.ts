/**
 * Checks a raw configuration object (a parsed `.cablelintrc.json`, or `--rule` flags) against the
 * rule metadata and turns it into the core's LintConfig. Every problem is a ConfigError naming the
 * source (file) and the key, so the user can go straight to it. Keys are normalised to aliases so
 * that `CBL012` in one file and `tags` in another layer onto the same rule.
 */
import type { LintConfig, RuleSetting, RuleSeverity } from '../core/config';
import type { Rule, RuleOption } from '../core/rule';

export const RULE_SEVERITIES: readonly RuleSeverity[] = ['off', 'error', 'warning', 'info', 'hint'];

export class ConfigError extends Error {
  constructor(
    /** File path, or `--rule` / `--rule-option` for command-line settings. */
    readonly source: string,
    /** Dotted key path, `rules.tags.options.extraCodes`. */
    readonly key: string | undefined,
    readonly detail: string,
  ) {
    super(`${source}: ${key ? `${key}: ` : ''}${detail}`);
  }
}

export interface CheckedConfig {
  /** `"root": true`: stop looking for configuration files in parent folders. */
  root: boolean;
  config: LintConfig;
}

export function findRule(rules: readonly Rule[], name: string): Rule | undefined {
  const upper = name.toUpperCase();
  return rules.find((rule) => rule.alias === name || rule.id === upper);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkConfig(raw: unknown, source: string, rules: readonly Rule[]): CheckedConfig {
  if (!isPlainObject(raw)) throw new ConfigError(source, undefined, `expected a JSON object, got ${describe(raw)}`);
  for (const key of Object.keys(raw)) {
    if (key !== 'rules' && key !== 'root' && key !== '$schema') {
      throw new ConfigError(source, key, 'unknown setting (expected "rules", "root" or "$schema")');
    }
  }
  if (raw.root !== undefined && typeof raw.root !== 'boolean') {
    throw new ConfigError(source, 'root', `expected true or false, got ${describe(raw.root)}`);
  }
  const settings: Record<string, RuleSetting> = {};
  if (raw.rules !== undefined) {
    if (!isPlainObject(raw.rules)) throw new ConfigError(source, 'rules', `expected an object, got ${describe(raw.rules)}`);
    for (const [name, value] of Object.entries(raw.rules)) {
      const rule = findRule(rules, name);
      if (!rule) throw new ConfigError(source, `rules.${name}`, unknownRuleMessage(name, rules));
      settings[rule.alias] = checkRuleSetting(rule, value, source, `rules.${name}`);
    }
  }
  return { root: raw.root === true, config: { rules: settings } };
}

/** Levenshtein distance, for "did you mean" (aliases are short, so the quadratic table is fine). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

export function unknownRuleMessage(name: string, rules: readonly Rule[]): string {
  const lower = name.toLowerCase();
  const near =
    rules.find((rule) => distance(lower, rule.alias) <= 2) ??
    rules.find((rule) => rule.alias.startsWith(lower) || lower.startsWith(rule.alias));
  return `unknown rule "${name}"${near ? ` (did you mean "${near.alias}"?)` : ''}; \`cable-lint rules\` lists them`;
}

export function checkSeverity(value: unknown, source: string, key: string): RuleSeverity {
  if (typeof value === 'string' && (RULE_SEVERITIES as readonly string[]).includes(value)) return value as RuleSeverity;
  throw new ConfigError(source, key, `${describe(value)} is not a severity (expected one of ${RULE_SEVERITIES.join(', ')})`);
}

export function checkRuleSetting(rule: Rule, value: unknown, source: string, key: string): RuleSetting {
  if (typeof value === 'string') return { severity: checkSeverity(value, source, key) };
  if (!isPlainObject(value)) {
    throw new ConfigError(source, key, `expected a severity string or { "severity", "options" }, got ${describe(value)}`);
  }
  const setting: RuleSetting = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    if (field === 'severity') setting.severity = checkSeverity(fieldValue, source, `${key}.severity`);
    else if (field === 'options') setting.options = checkOptions(rule, fieldValue, source, `${key}.options`);
    else throw new ConfigError(source, `${key}.${field}`, 'unknown field (expected "severity" or "options")');
  }
  return setting;
}

export function checkOptions(rule: Rule, value: unknown, source: string, key: string): Record<string, unknown> {
  if (!isPlainObject(value)) throw new ConfigError(source, key, `expected an object, got ${describe(value)}`);
  const declared = rule.options ?? {};
  const options: Record<string, unknown> = {};
  for (const [name, optionValue] of Object.entries(value)) {
    const option = declared[name];
    if (!option) {
      const known = Object.keys(declared);
      const hint = known.length ? `; ${rule.alias} has ${known.map((k) => `"${k}"`).join(', ')}` : `; ${rule.alias} has no options`;
      throw new ConfigError(source, `${key}.${name}`, `unknown option${hint}`);
    }
    checkOptionValue(option, optionValue, source, `${key}.${name}`);
    options[name] = optionValue;
  }
  return options;
}

export function optionTypeName(option: RuleOption): string {
  return option.type === 'array' ? `an array of ${option.items ?? 'string'}s` : `a ${option.type}`;
}

export function checkOptionValue(option: RuleOption, value: unknown, source: string, key: string): void {
  let ok: boolean;
  if (option.type === 'array') {
    const itemType = option.items ?? 'string';
    ok = Array.isArray(value) && value.every((item) => typeof item === itemType && (itemType !== 'number' || Number.isFinite(item)));
  } else if (option.type === 'number') {
    ok = typeof value === 'number' && Number.isFinite(value);
  } else {
    ok = typeof value === option.type;
  }
  if (!ok) throw new ConfigError(source, key, `expected ${optionTypeName(option)}, got ${describe(value)}`);
}
