import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DIALECTS, isDialect, type Dialect } from '../../server/src/core/dialect';
import { DIALECT_LABEL as LABELS } from '../../server/src/core/dialectLabels';
import { DialectNotification, SetDialectNotification, type DialectNotice } from '../../server/src/core/protocol';

/** The status bar item that shows which daemon's rules apply to the active file; a click changes it. */
export class DialectStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('ntpConfig.dialect', vscode.StatusBarAlignment.Right, 100);
  private readonly known = new Map<string, DialectNotice>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.item.name = vscode.l10n.t('NTP dialect');
    this.item.command = 'ntpConfig.selectDialect';
  }

  listen(): void {
    this.disposables.push(
      this.client.onNotification(DialectNotification, (notice) => {
        this.known.set(notice.uri, notice);
        this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const notice = uri === undefined ? undefined : this.known.get(uri);
    if (notice === undefined) {
      this.item.hide();
      return;
    }
    const label = LABELS[notice.dialect] ?? notice.dialect;
    this.item.text = `$(watch) ${label}`;
    this.item.tooltip = vscode.l10n.t('NTP Config dialect: {0} ({1}). Click to change it for this file.', label, notice.reason);
    // Screen readers read this instead of the text, whose icon would be spoken as its name.
    this.item.accessibilityInformation = { label: vscode.l10n.t('NTP daemon of this file: {0}. Activate to change it.', label) };
    this.item.show();
  }

  /** `preset` (a dialect name, or 'auto') skips the picker: for keybindings and tests. */
  async pick(preset?: unknown): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    let dialect: Dialect | null;
    if (preset === 'auto') dialect = null;
    else if (isDialect(preset)) dialect = preset;
    else {
      const current = this.known.get(editor.document.uri.toString())?.dialect;
      const items = [
        { label: vscode.l10n.t('Detect automatically'), dialect: null },
        ...DIALECTS.map((d) => ({ label: LABELS[d], dialect: d, ...(d === current ? { description: vscode.l10n.t('current') } : {}) })),
      ];
      const choice = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which daemon reads this file?') });
      if (choice === undefined) return;
      dialect = choice.dialect;
    }
    await this.client.sendNotification(SetDialectNotification, { uri: editor.document.uri.toString(), dialect });
  }

  dispose(): void {
    this.item.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
