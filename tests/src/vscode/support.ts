// Helpers for the extension-host suites: the extension under test, the fixture workspace (a temp copy
// of tests/fixtures/workspace, so tests may edit and save), and event-driven waits with a bound.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const extensionId = 'cable-tools.cable-lang';

/** Activates the extension once; the first call also prints how long activation took. */
let activation: Promise<vscode.Extension<unknown>> | undefined;
export function activateExtension(): Promise<vscode.Extension<unknown>> {
  activation ??= (async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `extension ${extensionId} is not loaded (extensionDevelopmentPath should point at the repository)`);
    const started = Date.now();
    await extension.activate();
    console.log(`      [timing] extension activation: ${Date.now() - started} ms`);
    return extension;
  })();
  return activation;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open: the runner opens a copy of tests/fixtures/workspace');
  return folder.uri;
}

export function fixtureUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

export async function openFixture(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relative));
  return vscode.window.showTextDocument(document);
}

/** Resolves with `value()` once it is defined, re-checking on each `event`; rejects after `ms`. */
export function waitFor<T>(what: string, event: vscode.Event<unknown>, value: () => T | undefined, ms = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = value();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const subscription = event(() => {
      const current = value();
      if (current === undefined) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(current);
    });
  });
}

/** Waits until the diagnostics of `uri` satisfy `accept` (event-driven, bounded). */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what = 'diagnostics', ms = 20_000): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} on ${path.basename(uri.path)} (now: ${describe(vscode.languages.getDiagnostics(uri))})`,
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    ms,
  );
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined || typeof code === 'string' || typeof code === 'number') return code === undefined ? undefined : String(code);
  return String(code.value);
}

export function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)}`).join(', ');
}

/** Waits until the document's text satisfies `accept`. */
export function waitForText(document: vscode.TextDocument, accept: (text: string) => boolean, what: string, ms = 10_000): Promise<string> {
  return waitFor(what, vscode.workspace.onDidChangeTextDocument, () => (accept(document.getText()) ? document.getText() : undefined), ms);
}

/** Undoes a test's edits without touching the disk copy: revert the active editor. */
export async function revertActive(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
