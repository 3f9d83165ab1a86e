/**
 * Lint configuration as the core sees it: per-rule severity or `off`, and rule options.
 * Loading it from `.cablelintrc.json` files lives in config-file.ts (Node only); the language
 * server builds the same object from VS Code settings.
 */
import type { Rule, Severity } from './rule';

export type RuleSeverity = Severity | 'off';

export interface RuleSetting {
  severity?: RuleSeverity;
  options?: Record<string, unknown>;
}

export interface LintConfig {
  /** Keyed by alias (`tags`) or id (`CBL012`). */
  rules?: Record<string, RuleSetting>;
}

export interface ResolvedRule {
  rule: Rule;
  /** Severity forced by configuration, or undefined to keep each finding's own. */
  severity?: Severity;
  options: Record<string, unknown>;
}

/** Resolved lists by rule list, then by config object (`NO_CONFIG` for none): every document of a
 *  workspace or a corpus is linted with the same pair, so the work is done once per pair. A config
 *  is read once: build a new object (as mergeConfigs does) to change it. */
const resolvedCache = new WeakMap<readonly Rule[], WeakMap<object, readonly ResolvedRule[]>>();
const NO_CONFIG = {};

/** `resolveRules`, computed once per (rules, config) pair. The result is shared: do not modify it. */
export function cachedResolveRules(rules: readonly Rule[], config: LintConfig | undefined): readonly ResolvedRule[] {
  let byConfig = resolvedCache.get(rules);
  if (!byConfig) resolvedCache.set(rules, (byConfig = new WeakMap()));
  const key = config ?? NO_CONFIG;
  let resolved = byConfig.get(key);
  if (!resolved) byConfig.set(key, (resolved = resolveRules(rules, config)));
  return resolved;
}

/** Enabled rules with their effective severity and options (defaults filled in). */
export function resolveRules(rules: readonly Rule[], config: LintConfig | undefined): ResolvedRule[] {
  const settings = config?.rules ?? {};
  const resolved: ResolvedRule[] = [];
  for (const rule of rules) {
    const setting = settings[rule.alias] ?? settings[rule.id];
    if (setting?.severity === 'off') continue;
    const options: Record<string, unknown> = {};
    for (const [name, option] of Object.entries(rule.options ?? {})) options[name] = option.default;
    Object.assign(options, setting?.options ?? {});
    resolved.push({ rule, severity: setting?.severity, options });
  }
  return resolved;
}

/** Layer configs: later ones win, rule by rule (severity and options merged separately). */
export function mergeConfigs(...configs: (LintConfig | undefined)[]): LintConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const config of configs) {
    for (const [key, setting] of Object.entries(config?.rules ?? {})) {
      const previous = rules[key] ?? {};
      rules[key] = {
        severity: setting.severity ?? previous.severity,
        options: { ...previous.options, ...setting.options },
      };
    }
  }
  return { rules };
}
