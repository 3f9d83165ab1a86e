/**
 * The `cable.*` settings as the server receives them (workspace/configuration, section `cable`),
 * checked field by field (anything malformed falls back to the default), and turned into the core's
 * LintConfig. `.cablelintrc.json` configuration comes first; settings win over it, rule by rule.
 */
import { mergeConfigs, ruleByName, type LintConfig, type RuleSeverity } from '../core';

export type RunMode = 'onType' | 'onSave';

export interface CableSettings {
  rules: Record<string, RuleSeverity>;
  run: RunMode;
}

export const DEFAULT_SETTINGS: CableSettings = { rules: {}, run: 'onType' };

const SEVERITY_VALUES = new Set(['error', 'warning', 'info', 'hint', 'off']);

export function readSettings(raw: unknown): CableSettings {
  const settings: CableSettings = { rules: {}, run: 'onType' };
  if (!raw || typeof raw !== 'object') return settings;
  const { rules, run } = raw as { rules?: unknown; run?: unknown };
  if (run === 'onSave') settings.run = 'onSave';
  if (rules && typeof rules === 'object') {
    for (const [name, value] of Object.entries(rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITY_VALUES.has(value)) settings.rules[name] = value as RuleSeverity;
    }
  }
  return settings;
}

export function lintConfigFor(settings: CableSettings, fileConfig?: LintConfig): LintConfig {
  const fromSettings: LintConfig = { rules: {} };
  // Keyed by alias like the file loader does, so `CBL012` in settings overrides `tags` in a file.
  for (const [name, severity] of Object.entries(settings.rules)) fromSettings.rules![ruleByName(name)?.alias ?? name] = { severity };
  return mergeConfigs(fileConfig, fromSettings);
}

/** A stable key for caching findings per configuration. */
export function configKey(config: LintConfig): string {
  return JSON.stringify(config);
}
