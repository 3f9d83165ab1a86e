/**
 * New Cable: an untitled cable document filled from a template (the same templates as the
 * snippets). An argument `unclassified` / `classified` skips the quick pick.
 */
import * as vscode from 'vscode';
import { newCableSnippet, newCableTemplates } from '../templates';

export function registerNewCable(): vscode.Disposable {
  return vscode.commands.registerCommand('cable.newCable', async (arg?: unknown) => {
    const choices = newCableTemplates();
    let template = choices.find((candidate) => candidate.newCable?.id === arg);
    if (!template) {
      const picked = await vscode.window.showQuickPick(
        choices.map((candidate) => ({ label: candidate.newCable!.label, detail: candidate.newCable!.detail, template: candidate })),
        { title: 'Cable: New Cable', placeHolder: 'Classification' },
      );
      template = picked?.template;
    }
    if (!template) return undefined;
    const document = await vscode.workspace.openTextDocument({ language: 'cable', content: '' });
    const editor = await vscode.window.showTextDocument(document);
    await editor.insertSnippet(new vscode.SnippetString(newCableSnippet(template, new Date())));
    return document.uri;
  });
}
