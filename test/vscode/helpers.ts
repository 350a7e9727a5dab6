// Shared helpers for the tests that run inside a real VS Code extension host.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'ntp-config.ntp-config';
export const DIAGNOSTIC_SOURCE = 'ntpconf';

/** Default deadline for anything the language server has to do (start, parse, publish). */
export const DEADLINE_MS = 20_000;

/**
 * Resolves with the first truthy value of `probe`, re-checking whenever one of `events` fires and at a short
 * polling interval as a fallback; rejects with `what` once `timeoutMs` has passed. No fixed sleeps.
 */
export function waitFor<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  options: { timeoutMs?: number; events?: vscode.Event<unknown>[]; pollMs?: number } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEADLINE_MS;
  const pollMs = options.pollMs ?? 50;
  const started = Date.now();
  return new Promise<T>((resolve, reject) => {
    let finished = false;
    let checking = false;
    let lastError: unknown;
    const subscriptions: vscode.Disposable[] = [];
    const finish = (fn: () => void): void => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      for (const s of subscriptions) s.dispose();
      fn();
    };
    const check = async (): Promise<void> => {
      if (finished || checking) return;
      checking = true;
      try {
        const value = await probe();
        if (value) {
          finish(() => resolve(value));
          return;
        }
      } catch (err) {
        lastError = err;
      } finally {
        checking = false;
      }
      if (Date.now() - started > timeoutMs) {
        const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
        finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`)));
      }
    };
    const timer = setInterval(() => void check(), pollMs);
    for (const event of options.events ?? []) subscriptions.push(event(() => void check()));
    void check();
  });
}

/** The workspace folder VS Code was opened on (test/vscode/workspace, or a copy of it). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code must be opened on the test workspace folder (test/vscode/workspace)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openInEditor(uri: vscode.Uri): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** The diagnostic's code as a string, whether the server sent `code` alone or with a `codeDescription` link. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

export function ourDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && (code === undefined || codeOf(d) === code));
}

export function lineOf(doc: vscode.TextDocument, text: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text === text) return i;
  assert.fail(`fixture ${doc.uri.fsPath} has no line ${JSON.stringify(text)}`);
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'none';
  return all
    .map(
      (d) =>
        `${d.source}/${codeOf(d)} L${d.range.start.line}:${d.range.start.character}-L${d.range.end.line}:${d.range.end.character} sev=${d.severity} ${JSON.stringify(d.message)}`,
    )
    .join('; ');
}

/** Severities the Problems panel shows (Hint is not listed there). */
export const VISIBLE_SEVERITIES: readonly vscode.DiagnosticSeverity[] = [
  vscode.DiagnosticSeverity.Error,
  vscode.DiagnosticSeverity.Warning,
  vscode.DiagnosticSeverity.Information,
];

export function hoverText(hovers: readonly vscode.Hover[] | undefined): { text: string; markdown: boolean } {
  let markdown = false;
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) {
      if (typeof c === 'string') {
        parts.push(c); // deprecated MarkedString: markdown text
        markdown = true;
      } else if (c instanceof vscode.MarkdownString || !('language' in c)) {
        parts.push(c.value);
        markdown = true;
      } else {
        parts.push(c.value); // { language, value }: a code block
      }
    }
  }
  return { text: parts.join('\n'), markdown };
}

/** Reverts the document to its saved contents (it must be the active editor for the revert command). */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(`${doc.uri.fsPath} to be reverted`, () => !doc.isDirty, { timeoutMs: 5_000 });
}

/** Opens and shows a new untitled document of `language` with `content` (served by the language client too). */
export async function openUntitled(language: string, content: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** Closes the document's editor without saving (an untitled document is discarded, a file reverted). */
export async function closeWithoutSaving(doc: vscode.TextDocument): Promise<void> {
  if (doc.isClosed) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/**
 * Resolves on the next `onDidChangeDiagnostics` event that names `uri`. Create it BEFORE the action that makes the
 * language server publish (open, edit): the language client sets the collection on every publish, empty or not,
 * so this is the positive signal that the server has looked at the document.
 */
export function nextDiagnosticsFor(uri: vscode.Uri, what: string, timeoutMs = DEADLINE_MS): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics of ${what}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(vscode.languages.getDiagnostics(uri));
    });
  });
}

/** Opens chrony.conf if needed and waits until the extension is active (its commands are then registered). */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  if (!ext.isActive) {
    await vscode.workspace.openTextDocument(workspaceFile('chrony.conf'));
    await waitFor(`${EXTENSION_ID} to activate`, () => ext.isActive, { events: [vscode.extensions.onDidChange] });
  }
  return ext;
}

/** The label of a completion item, whether it is a plain string or a CompletionItemLabel. */
export function completionLabel(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/**
 * The items a language server gave: VS Code's own word-based suggestions (kind Text) and snippets (kind Snippet)
 * are answered by the same command and are left out.
 */
export function serverCompletions(list: vscode.CompletionList | undefined): vscode.CompletionItem[] {
  return (list?.items ?? []).filter((i) => i.kind !== vscode.CompletionItemKind.Text && i.kind !== vscode.CompletionItemKind.Snippet);
}

/** Hangul syllables or jamo: the text is Korean. */
export const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

/** openUntitled, then waits for the language server's first publish for it (it publishes on open). */
export async function openUntitledPublished(language: string, content: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const published = new Set<string>();
  const sub = vscode.languages.onDidChangeDiagnostics((e) => e.uris.forEach((u) => published.add(u.toString())));
  try {
    const opened = await openUntitled(language, content);
    const key = opened.doc.uri.toString();
    await waitFor(`the first diagnostics publish for the new ${language} document`, () => published.has(key), {
      events: [vscode.languages.onDidChangeDiagnostics],
    });
    return opened;
  } finally {
    sub.dispose();
  }
}
