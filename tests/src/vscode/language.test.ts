// The language id comes from the manifest alone: extensions .cable/.tel and, for any other file,
// a first line starting with VZCZC (firstLine) for a file whose name no language claims.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, fixtureUri } from './support';

suite('language detection', () => {
  suiteSetup(activateExtension);

  for (const [file, expected] of [
    ['confidential.cable', 'cable'],
    ['header.tel', 'cable'],
    ['09TASHKENT1507', 'cable'],
    ['README.md', 'markdown'],
  ] as const) {
    test(`${file} opens as ${expected}`, async () => {
      const document = await vscode.workspace.openTextDocument(fixtureUri(file));
      if (file === '09TASHKENT1507') assert.match(document.lineAt(0).text, /^VZCZC/, 'fixture must start with VZCZC');
      assert.strictEqual(document.languageId, expected);
    });
  }
});
