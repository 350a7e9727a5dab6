import * as vscode from 'vscode';
import { spansAfterChange } from './lineTracking';
import type { VerificationFinding } from './verificationFindings';

const SEVERITY: Record<VerificationFinding['severity'], vscode.DiagnosticSeverity> = {
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

interface TrackedDiagnostic {
  readonly diagnostic: vscode.Diagnostic;
  readonly startLine: number;
  readonly endLine: number;
}

function shiftDiagnostic(span: TrackedDiagnostic, delta: number): TrackedDiagnostic {
  const d = span.diagnostic;
  const shifted = new vscode.Diagnostic(new vscode.Range(d.range.start.translate(delta), d.range.end.translate(delta)), d.message, d.severity);
  shifted.source = d.source;
  shifted.code = d.code;
  return { diagnostic: shifted, startLine: span.startLine + delta, endLine: span.endLine + delta };
}

/**
 * Results of Verify Servers on the source lines, in their own collection (the language server's diagnostics
 * stay separate). A result goes away when its line is edited, follows its line when lines move, and all go on demand.
 */
export class VerificationDiagnostics implements vscode.Disposable {
  private readonly collection: vscode.DiagnosticCollection;
  private readonly subscriptions: vscode.Disposable[];

  /** Verify Servers and Check Host keep their results in collections of their own, cleared separately. */
  constructor(collectionName: 'ntpconf-verify' | 'ntpconf-host' = 'ntpconf-verify') {
    this.collection = vscode.languages.createDiagnosticCollection(collectionName);
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => this.onChange(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.collection.delete(document.uri)),
    ];
  }

  set(uri: vscode.Uri, findings: readonly VerificationFinding[]): void {
    this.collection.set(
      uri,
      findings.map((f) => {
        const d = new vscode.Diagnostic(new vscode.Range(f.line, f.start, f.line, f.end), f.message, SEVERITY[f.severity]);
        d.source = 'ntpconf verify';
        d.code = f.code;
        return d;
      }),
    );
  }

  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  clear(): void {
    this.collection.clear();
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    const current = this.collection.get(event.document.uri);
    if (current === undefined || current.length === 0 || event.contentChanges.length === 0) return;
    let spans: TrackedDiagnostic[] = current.map((diagnostic) => ({ diagnostic, startLine: diagnostic.range.start.line, endLine: diagnostic.range.end.line }));
    // VS Code lists the changes of one event from the end of the document backwards, so applying them in order is exact.
    for (const change of event.contentChanges) {
      const { start, end } = change.range;
      const moved = spansAfterChange(
        spans,
        { startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character, text: change.text },
        shiftDiagnostic,
      );
      spans = moved.filter((m): m is TrackedDiagnostic => m !== null);
    }
    if (spans.length !== current.length || spans.some((s, i) => s.diagnostic !== current[i]))
      this.collection.set(
        event.document.uri,
        spans.map((s) => s.diagnostic),
      );
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.collection.dispose();
  }
}
