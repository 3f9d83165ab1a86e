// The server starts from the bundle, answers initialize with the capabilities the client relies on
// (editor-contract.md), and shuts down cleanly.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { LspClient } from './lsp-client';

describe('initialize', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    if (client) assert.equal(await client.stop(), 0, 'the server exits with 0 after shutdown + exit');
  });

  it('advertises every feature', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.foldingRangeProvider);
    assert.ok(caps.hoverProvider);
    assert.ok(caps.completionProvider);
    assert.ok(caps.documentFormattingProvider);
    const codeActions = caps.codeActionProvider as { codeActionKinds: string[] };
    assert.deepEqual(codeActions.codeActionKinds, ['quickfix', 'source.fixAll.cable']);
    assert.deepEqual(caps.executeCommandProvider?.commands, [
      'cable.server.fixAll',
      'cable.server.renumberParagraphs',
      'cable.server.lintWorkspace',
    ]);
    assert.deepEqual(caps.semanticTokensProvider?.legend, {
      tokenTypes: ['portionMark', 'tagsCode'],
      tokenModifiers: ['aboveClassification', 'unknown'],
    });
    assert.equal(client.initializeResult.serverInfo?.name, 'cable-language-server');
  });

  it('answers requests on unknown documents with empty results, not errors', async () => {
    const uri = 'file:///nowhere/never-opened.cable';
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.equal(await client.request('cable/documentInfo', { uri }), null);
    assert.deepEqual(client.errors(), []);
  });
});
