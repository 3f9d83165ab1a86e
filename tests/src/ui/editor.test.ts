// UI end-to-end: what only the workbench shows — squiggles, the Problems panel, the Outline, token
// colours, the status bar, the light bulb — checked in the real VS Code (code-server) in chromium.
import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openFile, openWorkbench, screenshot, type Workbench } from './workbench';

let bench: Workbench;

before(async () => {
  bench = await openWorkbench('ui');
});

after(async () => {
  await bench?.close();
});

test('a cable opens in the Cable language mode', async () => {
  const { page } = bench;
  await openFile(page, 'confidential.cable', 'C O N F I D E N T I A L');
  const mode = page.locator('#status\\.editor\\.mode');
  await mode.filter({ hasText: 'Cable' }).waitFor();
  assert.equal((await mode.innerText()).trim(), 'Cable');
  await screenshot(page, 'language-mode');
});
