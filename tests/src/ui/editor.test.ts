// UI end-to-end: what only the workbench shows — squiggles, the Problems panel, the Outline, token
// colours, the status bar, the light bulb — checked in the real VS Code (code-server) in chromium,
// with a screenshot of each check under tests/artifacts/.
import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { openFile, openWorkbench, runCommand, screenshot, type Workbench } from './workbench';
import * as workbench from './workbench';

let bench: Workbench;

/** A test that leaves a FAILED-<n>.png screenshot of the workbench when it fails. */
let count = 0;
function check(name: string, body: () => Promise<void>): void {
  const number = ++count;
  test(name, async () => {
    try {
      await body();
    } catch (error) {
      if (bench) await workbench.screenshot(bench.page, `FAILED-${number}`).catch(() => undefined);
      throw error;
    }
  });
}

before(async () => {
  workbench.removeScreenshots(/^FAILED-\d+\.png$/);
  bench = await openWorkbench('ui');
});

after(async () => {
  await bench?.close();
});

/** The rendered line holding `text` in the visible editor. */
function line(page: Page, text: string): Locator {
  return page.locator('.editor-instance .view-line', { hasText: text }).first();
}

/** The innermost rendered token of a line (spaces are rendered as no-break spaces). */
function token(page: Page, lineText: string, tokenText: string): Locator {
  return line(page, lineText).locator(':scope > span > span').filter({ hasText: new RegExp(tokenText.replace(/ /g, '[ \\u00a0]')) }).first();
}

/** The token classes (`mtkN`, one per colour) of each piece of a rendered line. */
async function tokens(lineLocator: Locator): Promise<{ text: string; colour: string }[]> {
  return lineLocator.locator(':scope > span > span').evaluateAll((spans) =>
    spans.map((span) => ({ text: (span.textContent ?? '').replace(/\u00a0/g, ' '), colour: [...span.classList].find((c) => /^mtk\d+$/.test(c)) ?? '' })),
  );
}

function colourOf(pieces: { text: string; colour: string }[], text: string): string {
  const piece = pieces.find((p) => p.text.includes(text));
  assert.ok(piece, `a token holding "${text}" among ${JSON.stringify(pieces)}`);
  return piece.colour;
}

check('a cable opens in the Cable language mode', async () => {
  const { page } = bench;
  await openFile(page, 'confidential.cable', 'TASHKENT 001503');
  const mode = page.locator('#status\\.editor\\.mode');
  await mode.filter({ hasText: 'Cable' }).waitFor();
  assert.equal((await mode.innerText()).trim(), 'Cable');
  await screenshot(page, 'language-mode');
});

check('the status bar shows the classification of the active cable', async () => {
  const { page } = bench;
  await openFile(page, 'confidential.cable', 'TASHKENT 001503');
  const item = page.locator('.statusbar-item', { hasText: 'CONFIDENTIAL' });
  await item.waitFor();
  assert.match(await item.innerText(), /CONFIDENTIAL/);
  await screenshot(page, 'status-bar');

  // It follows edits: retype the classification line as SECRET, then back.
  const retype = async (from: string, to: string) => {
    await token(page, from, from.slice(0, 7)).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type(to);
    await page.keyboard.press('Escape'); // typing may have opened the suggest widget
  };
  await retype('C O N F I D E N T I A L', 'S E C R E T TASHKENT 001503');
  const secret = page.locator('.statusbar-item', { hasText: /\bSECRET\b/ });
  await secret.waitFor();
  assert.doesNotMatch(await secret.innerText(), /CONFIDENTIAL/);
  await screenshot(page, 'status-bar-after-edit');
  await retype('S E C R E T', 'C O N F I D E N T I A L TASHKENT 001503');
  await item.waitFor();
  await runCommand(page, 'File: Revert File'); // leave the file unmodified for the next tests
});

check('classification line and portion marks get their own token colours', async () => {
  const { page } = bench;
  await openFile(page, 'confidential.cable', 'TASHKENT 001503');
  const classification = await tokens(line(page, 'C O N F I D E N T I A L'));
  const body = await tokens(line(page, 'SUMMARY: The Uzbek government'));
  const plain = colourOf(body, 'The Uzbek government');
  const level = colourOf(classification, 'C O N F I D E N T I A L');
  const serial = colourOf(classification, '001503');
  assert.notEqual(level, plain, 'the level is not coloured as plain text');
  assert.notEqual(serial, level, 'the serial is coloured apart from the level');
  const markLetter = body.find((piece) => piece.text === 'C' || piece.text === '(C)');
  assert.ok(markLetter, `the portion mark (C) is a token of its own: ${JSON.stringify(body)}`);
  assert.notEqual(markLetter.colour, plain, 'the portion mark is not coloured as plain text');
  await screenshot(page, 'token-colours');

  // The definitive check: the TextMate scopes under the cursor come from source.cable.
  await token(page, 'C O N F I D E N T I A L', 'C O N F').click();
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const widget = page.locator('.token-inspect-widget');
  await widget.waitFor();
  await widget.filter({ hasText: 'source.cable' }).waitFor();
  assert.match(await widget.innerText(), /source\.cable/);
  await screenshot(page, 'token-scopes');
  await page.keyboard.press('Escape');
});

check('a missing REASON shows a squiggle and a Problems entry', async () => {
  const { page } = bench;
  await openFile(page, 'missing-reason.cable', 'TASHKENT 001504');
  const squiggle = page.locator('.editor-instance .squiggly-error').first();
  await squiggle.waitFor();
  // The squiggle lies under the CLASSIFIED BY label: same line, overlapping columns.
  const under = await squiggle.boundingBox();
  const label = await token(page, 'CLASSIFIED BY:', 'CLASSIFIED').boundingBox();
  assert.ok(under && label, 'squiggle and label are rendered');
  assert.ok(Math.abs(under.y + under.height / 2 - (label.y + label.height / 2)) < label.height, `squiggle on the label's line: ${JSON.stringify({ under, label })}`);
  assert.ok(under.x < label.x + label.width && label.x < under.x + under.width, 'squiggle under the label');
  await page.keyboard.press('Control+Shift+M');
  const entry = page.locator('.markers-panel .monaco-list-row', { hasText: 'gives no REASON' });
  await entry.waitFor();
  assert.match(await entry.innerText(), /CLASSIFIED BY line gives no REASON/);
  assert.match(await entry.innerText(), /classification-reason/);
  assert.equal(await entry.locator('.codicon-error').count(), 1, 'shown as an error');
  await screenshot(page, 'problems');
  await page.keyboard.press('Control+Shift+M');
});

check('the Outline lists paragraphs 1..4', async () => {
  const { page } = bench;
  await openFile(page, 'confidential.cable', 'TASHKENT 001503');
  await runCommand(page, 'Explorer: Focus on Outline View');
  // The list renders only the rows in view: give the Outline the side bar (fold the folder section)
  // and collapse the header block so that all top-level entries fit.
  const folderSection = page.locator('.pane-header', { hasText: /^\s*workspace/i });
  if ((await folderSection.getAttribute('aria-expanded')) === 'true') await folderSection.click();
  const header = page.locator('.outline-pane .monaco-list-row', { hasText: 'Transmission header' });
  await header.waitFor();
  await header.locator('.monaco-tl-twistie').click();
  await page.locator('.outline-pane .monaco-list-row[aria-expanded="false"]', { hasText: 'Transmission header' }).waitFor();
  const rows = page.locator('.outline-pane .monaco-list-row');
  await rows.filter({ hasText: '4. (C)' }).waitFor();
  const names = (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  const paragraphs = names.filter((name) => /^\d+\. \(/.test(name)).map((name) => name.slice(0, 6));
  assert.deepEqual(paragraphs, ['1. (C)', '2. (C)', '3. (U)', '4. (C)'], `outline rows: ${names.join(' | ')}`);
  await screenshot(page, 'outline');
});

check('a quick fix from the light bulb (Ctrl+.) inserts the REASON', async () => {
  const { page } = bench;
  await openFile(page, 'missing-reason.cable', 'TASHKENT 001504');
  await token(page, 'CLASSIFIED BY:', 'CLASSIFIED').click();
  await page.locator('.lightBulbWidget, .codicon-light-bulb, .codicon-lightbulb-autofix').first().waitFor();
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  const fix = menu.locator('.monaco-list-row', { hasText: 'Insert "REASON' });
  await fix.waitFor();
  await screenshot(page, 'quick-fix-menu');
  await fix.click();
  const fixed = line(page, 'REASON: 1.4( )');
  await fixed.waitFor();
  assert.match((await fixed.innerText()).replace(/\u00a0/g, ' '), /^CLASSIFIED BY: Katrisa Peffley, Pol\/Econ Officer, DOS, Pol\/Econ\. REASON: 1\.4\( \)/);
  await screenshot(page, 'quick-fix-applied');
});
