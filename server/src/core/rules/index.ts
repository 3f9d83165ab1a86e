/**
 * The rule catalogue. Each rule lives in its own file named after its alias; adding a rule means
 * adding the file and one line here (ids are never reused).
 */
import type { Rule } from '../rule';

export const allRules: readonly Rule[] = [];

/** Look a rule up by alias (`tags`) or id (`CBL012`), case-insensitively for ids. */
export function ruleByName(name: string): Rule | undefined {
  const upper = name.toUpperCase();
  return allRules.find((rule) => rule.alias === name || rule.id === upper);
}
