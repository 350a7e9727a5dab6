import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ConvertToChronyRequest, type ChronyConversion } from '../../server/src/core/protocol';

const SEVERITIES = [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information, vscode.DiagnosticSeverity.Hint];

function toVscodeDiagnostic(note: ChronyConversion['notes'][number]): vscode.Diagnostic {
  const { start, end } = note.range;
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(start.line, start.character, end.line, end.character),
    note.message,
    SEVERITIES[(note.severity ?? 3) - 1],
  );
  diagnostic.source = note.source;
  if (note.code !== undefined) diagnostic.code = note.code as string;
  return diagnostic;
}

/** "Convert to chrony.conf": the result beside the source, its notes on the source's lines; "Save" writes it where the user picks. */
class ChronyConverter implements vscode.Disposable {
  private readonly notes = vscode.languages.createDiagnosticCollection('ntpconf-convert');
  // Each note's whole text (markdown) by source document: the Problems panel shows only its headline.
  private readonly wholeNotes = new Map<string, { readonly range: vscode.Range; readonly code: string; readonly text: string }[]>();
  private last: ChronyConversion | undefined;

  constructor(private readonly client: LanguageClient) {}

  async convert(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined || editor.document.languageId !== 'ntp-conf') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an ntp.conf file to convert it to chrony.conf.'));
      return;
    }
    const source = editor.document;
    const conversion = await this.client.sendRequest(ConvertToChronyRequest, { uri: source.uri.toString() });
    if (conversion === null) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This file is read as chrony.conf already: there is nothing to convert.'));
      return;
    }
    this.last = conversion;
    const diagnostics = conversion.notes.map(toVscodeDiagnostic);
    this.notes.set(source.uri, diagnostics);
    this.wholeNotes.set(
      source.uri.toString(),
      conversion.notes.flatMap((note, i) => {
        const text = (note.data as { note?: unknown } | undefined)?.note;
        return typeof text === 'string' ? [{ range: diagnostics[i]!.range, code: String(note.code ?? ''), text }] : [];
      }),
    );
    const result = await vscode.workspace.openTextDocument({ language: 'chrony-conf', content: conversion.chronyConf });
    await vscode.window.showTextDocument(result, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    if (conversion.chronyKeys !== null) {
      const keys = await vscode.workspace.openTextDocument({ language: 'plaintext', content: conversion.chronyKeys });
      await vscode.window.showTextDocument(keys, { viewColumn: vscode.ViewColumn.Beside, preview: false, preserveFocus: true });
    }
  }

  /** Asks where to save each file; a caller (a keybinding, a test) may name the targets instead. */
  async save(targets?: { chronyConf?: vscode.Uri; chronyKeys?: vscode.Uri }): Promise<void> {
    if (this.last === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Run "Convert to chrony.conf" first.'));
      return;
    }
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    const files: [string, string | null, vscode.Uri | undefined][] = [
      ['chrony.conf', this.last.chronyConf, targets?.chronyConf],
      ['chrony.keys', this.last.chronyKeys, targets?.chronyKeys],
    ];
    for (const [name, content, named] of files) {
      if (content === null) continue;
      const target =
        named ??
        (await vscode.window.showSaveDialog({
          title: vscode.l10n.t('Save {0}', name),
          ...(base !== undefined ? { defaultUri: vscode.Uri.joinPath(base, name) } : {}),
        }));
      if (target === undefined) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    }
  }

  /** Notes belong to the source as it was converted: they go when it closes. */
  clearFor(uri: vscode.Uri): void {
    this.notes.delete(uri);
    this.wholeNotes.delete(uri.toString());
  }

  /** The whole note (markdown) for each note under the cursor: the Problems panel shows only its headline. */
  hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const under = this.wholeNotes.get(document.uri.toString())?.filter((note) => note.range.contains(position)) ?? [];
    if (under.length === 0) return undefined;
    return new vscode.Hover(under.map((note) => new vscode.MarkdownString(`${note.text} (ntpconf convert: ${note.code})`)));
  }

  dispose(): void {
    this.notes.dispose();
  }
}

/** Registers Convert to chrony.conf and Save chrony.conf; returns what to dispose. */
export function registerChronyConversion(client: LanguageClient): vscode.Disposable[] {
  const converter = new ChronyConverter(client);
  return [
    converter,
    vscode.commands.registerCommand('ntpConfig.convertToChrony', () => converter.convert()),
    vscode.commands.registerCommand('ntpConfig.saveChronyConversion', (targets?: { chronyConf?: vscode.Uri; chronyKeys?: vscode.Uri }) =>
      converter.save(targets),
    ),
    vscode.languages.registerHoverProvider({ language: 'ntp-conf' }, { provideHover: (document, position) => converter.hover(document, position) }),
    vscode.workspace.onDidCloseTextDocument((document) => converter.clearFor(document.uri)),
    // The notes describe the text that was converted; an edit makes them stale.
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) converter.clearFor(event.document.uri);
    }),
  ];
}
