import * as vscode from 'vscode';
import { createNonce, reportHtml } from './reportHtml';
import { applyPatch, isFromWebview, type ReportModel, type ToWebview } from './reportModel';

/**
 * The one report view (Verify Servers now, Check Host later). It keeps the model on the extension side too, so a
 * webview that was hidden and reloaded gets the whole state back when it says `ready`.
 */
export class ReportPanel implements vscode.Disposable {
  private static current: ReportPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private model: ReportModel,
    private document: vscode.Uri | undefined,
  ) {
    panel.webview.html = reportHtml(createNonce(), vscode.env.language.startsWith('ko') ? 'ko' : 'en', model.title);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
    );
  }

  /** Shows the report beside the editor, reusing the open one. */
  static show(model: ReportModel, document?: vscode.Uri): ReportPanel {
    const existing = ReportPanel.current;
    if (existing) {
      existing.document = document;
      existing.panel.title = model.title;
      existing.post({ type: 'model', model });
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      'ntpConfig.report',
      model.title,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        enableCommandUris: false,
        // Nothing is loaded from disk or the network: style and script are inline with a nonce.
        localResourceRoots: [],
      },
    );
    ReportPanel.current = new ReportPanel(panel, model, document);
    return ReportPanel.current;
  }

  static get visible(): ReportPanel | undefined {
    return ReportPanel.current;
  }

  get state(): ReportModel {
    return this.model;
  }

  post(message: ToWebview): void {
    this.model = applyPatch(this.model, message);
    void this.panel.webview.postMessage(message);
  }

  private async receive(message: unknown): Promise<void> {
    if (!isFromWebview(message)) return;
    if (message.type === 'ready') {
      void this.panel.webview.postMessage({ type: 'model', model: this.model } satisfies ToWebview);
      return;
    }
    if (this.document === undefined) return;
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const position = new vscode.Position(Math.min(message.line, editor.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (ReportPanel.current === this) ReportPanel.current = undefined;
    this.panel.dispose();
    this.disposables.splice(0).forEach((d) => d.dispose());
  }
}
