/**
 * `cable-lint refs <folder>`: the citation graph as JSON, run through the real bundled binary on the
 * navigation fixture workspace (real cables that cite each other, plus drafts). And `cable-lint` on
 * a folder indexes it first, so reference-target sees the cited cables' dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run } from './cli-run';
import { extractMetadata } from '../../../server/lib/core/metadata';
import { parse } from '../../../server/lib/core';

const NAV = 'tests/fixtures/navigation';

interface Node {
  id: string | null;
  file: string;
  cites: string[];
}

test('refs prints one node per cable: its id (as parse computes it) and the ids it cites', () => {
  const result = run(['refs', NAV]);
  assert.equal(result.status, 0, result.stderr);
  const nodes = JSON.parse(result.stdout) as Node[];
  const files = [...readdirSync(join(ROOT, NAV)).filter((f) => f.endsWith('.cable')), ...readdirSync(join(ROOT, NAV, 'drafts')).map((f) => `drafts/${f}`)];
  assert.deepEqual(nodes.map((n) => n.file.slice(NAV.length + 1)).sort(), files.sort());
  for (const node of nodes) {
    // The id is the one `cable-lint parse` prints.
    assert.equal(node.id, extractMetadata(parse(readFileSync(join(ROOT, node.file), 'utf8'))).id, node.file);
  }
  const byFile = new Map(nodes.map((n) => [n.file.slice(NAV.length + 1), n]));
  assert.deepEqual(byFile.get('07MADRID173.cable')!.cites, ['06MADRID3104', '06MADRID2657', '06MADRID2374', '06MADRID1799']);
  assert.deepEqual(byFile.get('09TALLINN373.cable')!.cites, ['09STATE127892']);
  // Every written form: 4-digit year + zero-padded serial, SECSTATE + (09), the compact id.
  assert.deepEqual(byFile.get('drafts/madrid-followup.cable'), {
    id: null,
    file: `${NAV}/drafts/madrid-followup.cable`,
    cites: ['06MADRID2657', '09STATE127892', '07MADRID173', '09TALLINN373', '09LONDON999'],
  });
  // Citations within the workspace form the Madrid chain.
  const ids = new Set(nodes.map((n) => n.id));
  const inside = nodes.flatMap((n) => n.cites.filter((c) => ids.has(c)).map((c) => `${n.id}>${c}`));
  for (const edge of ['06MADRID2657>06MADRID1914', '06MADRID3104>06MADRID2657', '07MADRID173>06MADRID3104', '08MADRID1280>07MADRID173', '09TALLINN373>09STATE127892', '09STATE127892>09USNATO464']) {
    assert.ok(inside.includes(edge), edge);
  }
});

test('refs without inputs is a usage error; an unreadable input fails with status 2', () => {
  const none = run(['refs']);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /refs: no files or folders given/);
  const missing = run(['refs', `${NAV}/no-such.cable`]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no-such\.cable/);
  assert.equal(JSON.parse(missing.stdout).length, 0);
});

test('linting a folder indexes it: a REF to a later cable of the folder is reported, not for a lone file', () => {
  const folder = run(['--format', 'json', '--no-config', NAV]);
  const findings = JSON.parse(folder.stdout) as { file: string; rule: string; message: string }[];
  const target = findings.filter((f) => f.rule === 'reference-target').map((f) => `${f.file.slice(NAV.length + 1)}: ${f.message}`);
  assert.deepEqual(target.sort(), [
    "drafts/wrong-year.cable: REF A cites 06MADRID3104, dated 2006-12-28: after this cable's date (2006-01-15). Wrong year or serial?",
    'drafts/wrong-year.cable: REF B cites this cable itself (06MADRID100)',
  ]);
  const lone = run(['--format', 'json', '--no-config', `${NAV}/drafts/wrong-year.cable`]);
  const loneTarget = (JSON.parse(lone.stdout) as { rule: string; message: string }[]).filter((f) => f.rule === 'reference-target');
  assert.deepEqual(loneTarget.map((f) => f.message), ['REF B cites this cable itself (06MADRID100)']);
});
