import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, extensionId } from './support';

suite('extension', () => {
  test('activates in the real editor', async () => {
    const extension = await activateExtension();
    assert.strictEqual(extension.isActive, true);
    assert.strictEqual(extension.id, extensionId);
    console.log(`      [host] VS Code ${vscode.version}, Node ${process.version}, uiKind ${vscode.env.uiKind}`);
  });
});
