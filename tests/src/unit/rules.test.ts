/**
 * Every rule is tested from fixtures in tests/fixtures/rules/<alias>/: cables with the expected
 * findings written under the lines they concern (see support/fixtures.ts). A rule without fixtures,
 * or without at least one fixture that expects a finding, fails here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { allRules, lint } from '../../../server/lib/core';
import { FIXTURES, compareFindings, loadRuleFixtures } from '../support/fixtures';

for (const rule of allRules) {
  describe(`rule ${rule.id} ${rule.alias}`, () => {
    const fixtures = loadRuleFixtures(join(FIXTURES, 'rules', rule.alias));
    test('has fixtures, at least one of which expects a finding', () => {
      assert.ok(fixtures.length > 0, `no fixtures in tests/fixtures/rules/${rule.alias}/`);
      assert.ok(fixtures.some((f) => f.expectations.some((e) => e.rule === rule.alias)), 'no fixture expects a finding of this rule');
    });
    for (const fixture of fixtures) {
      test(fixture.name, () => {
        const { findings } = lint(fixture.text, { today: fixture.today ?? { year: 2009, month: 9, day: 18 } });
        const problems = compareFindings(fixture, findings, rule.alias);
        assert.deepEqual(problems, [], `${fixture.name}:\n  ${problems.join('\n  ')}`);
      });
    }
  });
}
