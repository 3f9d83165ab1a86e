/**
 * docs/grammar.md lists exactly the scopes the grammar assigns: every scope in the grammar has a
 * row, and every scope the page names exists (so a renamed scope cannot leave the page stale).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAMMAR_PATH, ROOT } from './tokenize';

/** The root scope plus all `name` / `contentName` scopes in the grammar (a name may hold several). */
function grammarScopes(): Set<string> {
  const scopes = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
        for (const scope of value.split(/\s+/)) if (scope.endsWith('.cable')) scopes.add(scope);
      } else walk(value);
    }
  };
  const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
  walk(grammar);
  scopes.add(grammar.scopeName); // the root scope of every token
  return scopes;
}

const page = readFileSync(join(ROOT, 'docs/grammar.md'), 'utf8');
const documented = new Set([...page.matchAll(/`([a-z][a-z0-9.-]*\.cable)`/g)].map((m) => m[1]));

test('every scope of the grammar is documented in docs/grammar.md', () => {
  const scopes = grammarScopes();
  assert.ok(scopes.size > 50, `only ${scopes.size} scopes found in the grammar`);
  assert.deepEqual([...scopes].filter((s) => !documented.has(s)).sort(), []);
});

test('docs/grammar.md names no scope the grammar does not assign', () => {
  const scopes = grammarScopes();
  assert.deepEqual([...documented].filter((s) => !scopes.has(s)).sort(), []);
});
