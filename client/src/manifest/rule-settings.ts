/** The `cable.rules` setting's per-rule properties, generated from the rule catalogue's metadata. */

/** The part of the core's RuleMeta the manifest needs (kept local: the client does not build the core). */
export interface RuleMetadata {
  id: string;
  alias: string;
  description: string;
  severity: string;
}

export const RULE_SETTING_VALUES = ['error', 'warning', 'info', 'hint', 'off'] as const;

export function ruleSettingsProperties(rules: readonly RuleMetadata[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of [...rules].sort((a, b) => a.alias.localeCompare(b.alias))) {
    properties[rule.alias] = {
      type: 'string',
      enum: [...RULE_SETTING_VALUES],
      markdownDescription: `${rule.id}: ${rule.description} (default: \`${rule.severity}\`)`,
    };
  }
  return properties;
}
