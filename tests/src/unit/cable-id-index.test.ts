/**
 * The workspace index and the reference sites, pure (no server): ids as `cable-lint parse` computes
 * them, the open layer over the disk layer, citations, and `REFTEL` / `REF A` in the body mapped to
 * their REF item. Real cables from tests/fixtures/navigation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../../server/lib/core';
import { extractMetadata } from '../../../server/lib/core/metadata';
import { cableRefSiteAt, cableRefSites } from '../../../server/lib/service/cable-refs';
import { indexCable, WorkspaceIndex } from '../../../server/lib/service/workspace-index';
import { FIXTURES } from '../support/fixtures';

const NAV = join(FIXTURES, 'navigation');
const read = (name: string) => readFileSync(join(NAV, name), 'utf8');
const NAMES = ['06MADRID1914.cable', '06MADRID2657.cable', '06MADRID3104.cable', '07MADRID173.cable', '09TALLINN373.cable', 'drafts/madrid-followup.cable'];

test('index entries carry the id parse computes, subject, date, classification and REF ids', () => {
  for (const name of NAMES) {
    const entry = indexCable(`file:///${name}`, read(name));
    const meta = extractMetadata(parse(read(name)));
    assert.equal(entry.id, meta.id, name);
    assert.equal(entry.subject, meta.subject, name);
    assert.equal(entry.date, meta.date?.slice(0, 10) ?? null, name);
  }
  const madrid = indexCable('file:///x', read('07MADRID173.cable'));
  assert.equal(madrid.classification, 'CONFIDENTIAL');
  assert.deepEqual(madrid.refs.map((r) => `${r.letter}:${r.id}`), ['A:06MADRID3104', 'B:06MADRID2657', 'C:06MADRID2374', 'D:06MADRID1799']);
  assert.deepEqual(madrid.refs[0].range.start, { line: 27, character: 8 });
  const draft = indexCable('file:///d', read('drafts/madrid-followup.cable'));
  assert.equal(draft.id, null);
  assert.deepEqual(draft.refs.map((r) => r.id), ['06MADRID2657', '09STATE127892', '07MADRID173', '09TALLINN373', '09LONDON999']);
});

test('the open layer wins over the disk until closed; ids and citations follow', () => {
  const index = new WorkspaceIndex();
  for (const name of NAMES) index.setDisk(`file:///${name}`, read(name));
  assert.equal(index.size, NAMES.length);
  assert.deepEqual(index.citing('06MADRID2657').map((c) => c.cable.uri), ['file:///06MADRID3104.cable', 'file:///07MADRID173.cable', 'file:///drafts/madrid-followup.cable']);
  const generation = index.generation;
  // The editor changes 06MADRID3104's serial: it is now another cable.
  const edited = read('06MADRID3104.cable').replace('MADRID 00003104', 'MADRID 00003105').replace('MADRID 003104', 'MADRID 003105');
  index.setOpen('file:///06MADRID3104.cable', indexCable('file:///06MADRID3104.cable', edited));
  assert.ok(index.generation > generation);
  assert.deepEqual(index.byId('06MADRID3104'), []);
  assert.equal(index.byId('06MADRID3105')[0]?.uri, 'file:///06MADRID3104.cable');
  index.closeOpen('file:///06MADRID3104.cable');
  assert.equal(index.byId('06MADRID3104')[0]?.uri, 'file:///06MADRID3104.cable');
  assert.deepEqual(index.byId('06MADRID3105'), []);
  assert.deepEqual(index.resolve('06MADRID3104'), { date: { year: 2006, month: 12, day: 28 } });
  assert.equal(index.resolve('99NOWHERE1'), undefined);
  index.deleteDisk('file:///06MADRID3104.cable');
  assert.deepEqual(index.byId('06MADRID3104'), []);
  index.deleteDiskUnder('file:///drafts');
  assert.equal(index.size, NAMES.length - 2);
});

test('REFTEL (single REF) and lettered mentions in the body point at their REF item', () => {
  const tallinn = parse(read('09TALLINN373.cable'));
  const bare = cableRefSites(tallinn).filter((site) => !site.inRefBlock);
  assert.deepEqual(bare.map((site) => `${tallinn.text.slice(site.start, site.end)}:${site.id}`), ['reftel:09STATE127892']);
  const draft = parse(read('drafts/madrid-followup.cable'));
  const mentions = cableRefSites(draft).filter((site) => !site.inRefBlock);
  assert.deepEqual(mentions.map((site) => `${draft.text.slice(site.start, site.end)}:${site.id}`), [
    'REFTEL A:06MADRID2657',
    'REF B:09STATE127892',
    'ref c:07MADRID173',
    'REF E:09LONDON999',
  ]);
  // With several REF items a bare REFTEL is ambiguous: no site.
  const two = parse(read('06MADRID2657.cable'));
  assert.ok(cableRefSites(two).every((site) => site.inRefBlock || /[A-Z]$/i.test(two.text.slice(site.start, site.end))));
  assert.equal(cableRefSiteAt(draft, draft.text.indexOf('National Court')), undefined);
});

test('reference sites never throw, whatever the text', () => {
  const samples = ['', 'REF', 'REF:', 'REF: A.', 'REFTEL REFTEL A B C', 'UNCLAS\n\nREF: 09 STATE 1\n\nreftel a-z\n', '\u0000REF: \uffff'];
  for (const text of samples) {
    const doc = parse(text);
    assert.doesNotThrow(() => cableRefSites(doc));
    for (let offset = 0; offset <= text.length; offset++) assert.doesNotThrow(() => cableRefSiteAt(doc, offset));
    assert.doesNotThrow(() => indexCable('file:///s', text));
  }
});
