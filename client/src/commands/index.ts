/** Every client command of the editor contract (ids as contributed in package.json). */
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { registerDisableRule } from './disable-rule';
import { registerDocumentCommands } from './document-commands';
import { registerLintWorkspace } from './lint-workspace';
import { registerNewCable } from './new-cable';
import { registerOpenRuleDocumentation } from './rule-docs';

export function registerCommands(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  log: vscode.LogOutputChannel,
): vscode.Disposable[] {
  return [
    ...registerDocumentCommands(client),
    registerLintWorkspace(client, log),
    registerOpenRuleDocumentation(context),
    registerNewCable(),
    registerDisableRule(),
  ];
}
