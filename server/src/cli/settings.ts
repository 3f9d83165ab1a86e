/**
 * Which LintConfig applies to a cable: the `.cablelintrc.json` files above it (or the one given
 * with --config, or none with --no-config), then the --rule / --rule-option flags on top.
 */
import { dirname, resolve } from 'node:path';
import { mergeConfigs, type LintConfig, type RuleSetting } from '../core/config';
import type { Rule } from '../core/rule';
import { checkOptionValue, checkSeverity, ConfigError, findRule, unknownRuleMessage } from '../node/config-check';
import { ConfigLookup, loadConfigFile } from '../node/config-file';
import type { CliOptions } from './args';

export class ConfigResolver {
  private readonly overrides: LintConfig;
  private readonly fixed?: LintConfig;
  private readonly lookup?: ConfigLookup;

  /** Throws ConfigError for bad flags or a bad --config file (both concern every file). */
  constructor(options: CliOptions, rules: readonly Rule[]) {
    this.overrides = flagsConfig(options, rules);
    if (options.noConfig) this.fixed = {};
    else if (options.config !== undefined) this.fixed = loadConfigFile(options.config, rules).config;
    else this.lookup = new ConfigLookup(rules);
  }

  /** The configuration for a cable at `path` (undefined: standard input without a name, looked
   *  up from the current folder). Throws the ConfigError of a bad file on the way up. */
  configFor(path: string | undefined): LintConfig {
    const base = this.fixed ?? this.lookup!.configFor(path === undefined ? process.cwd() : dirname(resolve(path)));
    return mergeConfigs(base, this.overrides);
  }
}

function flagsConfig(options: CliOptions, rules: readonly Rule[]): LintConfig {
  const settings: Record<string, RuleSetting> = {};
  const settingFor = (name: string, source: string): RuleSetting => {
    const rule = findRule(rules, name);
    if (!rule) throw new ConfigError(source, name, unknownRuleMessage(name, rules));
    return (settings[rule.alias] ??= {});
  };
  for (const { name, severity } of options.rules) {
    settingFor(name, '--rule').severity = checkSeverity(severity, '--rule', name);
  }
  for (const { name, option, value } of options.ruleOptions) {
    const setting = settingFor(name, '--rule-option');
    const rule = findRule(rules, name)!;
    const declared = rule.options?.[option];
    if (!declared) {
      const known = Object.keys(rule.options ?? {});
      throw new ConfigError('--rule-option', `${name}.${option}`, known.length ? `unknown option; ${rule.alias} has ${known.join(', ')}` : `unknown option; ${rule.alias} has no options`);
    }
    checkOptionValue(declared, value, '--rule-option', `${name}.${option}`);
    setting.options = { ...setting.options, [option]: value };
  }
  return { rules: settings };
}
