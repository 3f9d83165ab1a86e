/**
 * Open Rule Documentation: `docs/rules/<alias>.md`, shipped inside the extension, in the markdown
 * preview. Without an argument, a quick pick lists the pages (title and description are read from
 * each page, which `scripts/gen-docs.mjs` writes from the rule metadata).
 */
import * as vscode from 'vscode';

interface RulePage {
  alias: string;
  id: string;
  description: string;
  uri: vscode.Uri;
}

const ALIAS = /^[a-z][a-z0-9-]*$/;

export function registerOpenRuleDocumentation(context: vscode.ExtensionContext): vscode.Disposable {
  const docsFolder = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
  return vscode.commands.registerCommand('cable.openRuleDocumentation', async (arg?: unknown) => {
    const alias = typeof arg === 'string' ? arg : await pickRule(docsFolder);
    if (!alias) return false;
    if (!ALIAS.test(alias)) {
      void vscode.window.showErrorMessage(`Cable: "${alias}" is not a rule name.`);
      return false;
    }
    const page = vscode.Uri.joinPath(docsFolder, `${alias}.md`);
    try {
      await vscode.workspace.fs.stat(page);
    } catch {
      void vscode.window.showErrorMessage(`Cable: no documentation for rule "${alias}".`);
      return false;
    }
    await vscode.commands.executeCommand('markdown.showPreview', page);
    return true;
  });
}

async function pickRule(docsFolder: vscode.Uri): Promise<string | undefined> {
  const pages = await readRulePages(docsFolder);
  if (pages.length === 0) {
    void vscode.window.showErrorMessage('Cable: the rule documentation is missing from the extension.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    pages.map((page) => ({ label: page.alias, description: page.id, detail: page.description, alias: page.alias })),
    { title: 'Cable: Open Rule Documentation', placeHolder: 'Rule', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.alias;
}

async function readRulePages(docsFolder: vscode.Uri): Promise<RulePage[]> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(docsFolder);
  } catch {
    return [];
  }
  const pages: RulePage[] = [];
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.File || !name.endsWith('.md')) continue;
    const uri = vscode.Uri.joinPath(docsFolder, name);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const summary = pageSummary(text);
    // Rule pages only (`# tags (CBL012)`), not the folder's README index.
    if (summary.id) pages.push({ alias: name.slice(0, -3), uri, ...summary });
  }
  return pages.sort((a, b) => a.id.localeCompare(b.id) || a.alias.localeCompare(b.alias));
}

/** `# tags (CBL012)` then a blank line then the one-line description. */
export function pageSummary(text: string): { id: string; description: string } {
  const lines = text.split(/\r?\n/);
  const id = /\((CBL\d+)\)\s*$/.exec(lines[0] ?? '')?.[1] ?? '';
  const description = lines.slice(1).find((line) => line.trim() !== '')?.trim() ?? '';
  return { id, description };
}
