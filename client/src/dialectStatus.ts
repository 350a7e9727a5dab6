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
    this.item.text = `$(watch) ${LABELS[notice.dialect] ?? notice.dialect}`;
    this.item.tooltip = vscode.l10n.t('NTP Config dialect: {0} ({1}). Click to change it for this file.', LABELS[notice.dialect] ?? notice.dialect, notice.reason);
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
      const auto = vscode.l10n.t('Detect automatically');
      const choice = await vscode.window.showQuickPick([auto, ...DIALECTS.map((d) => LABELS[d] as string)], { placeHolder: vscode.l10n.t('Which daemon reads this file?') });
      if (choice === undefined) return;
      dialect = DIALECTS.find((d) => LABELS[d] === choice) ?? null;
    }
    await this.client.sendNotification(SetDialectNotification, { uri: editor.document.uri.toString(), dialect });
  }

  dispose(): void {
    this.item.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
