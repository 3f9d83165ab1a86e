// Runs first (files run in name order): activation and the first diagnostics are timed here, on a
// cold extension host, and printed with the results.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, extensionId, openFixture, waitForDiagnostics } from './support';

suite('extension', () => {
  test('activates in the real editor', async () => {
    const extension = await activateExtension();
    assert.strictEqual(extension.isActive, true);
    assert.strictEqual(extension.id, extensionId);
    // In the packaged run, the extension must be the one installed from the .vsix, not the sources.
    const expectedUnder = process.env.CABLE_EXPECT_EXTENSION_UNDER;
    if (expectedUnder) assert.ok(extension.extensionPath.startsWith(expectedUnder), `loaded from ${extension.extensionPath}, expected under ${expectedUnder}`);
    console.log(`      [host] extension from ${extension.extensionPath}`);
    console.log(`      [host] VS Code ${vscode.version}, Node ${process.version}, uiKind ${vscode.env.uiKind}`);
  });

  test('publishes the first diagnostics of a newly opened cable', async () => {
    const started = Date.now();
    const { document } = await openFixture('missing-reason.cable');
    await waitForDiagnostics(document.uri, (all) => all.some((d) => codeOf(d) === 'classification-reason'), 'classification-reason');
    console.log(`      [timing] open to first diagnostics: ${Date.now() - started} ms`);
  });
});
