import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDialect, type Dialect } from '../core/dialect';
import { isScriptKind, type DocumentKind } from '../core/documentKind';
import { detectDocumentKind } from '../formats/detectDocumentKind';
import { IdleCollector } from './idleCollector';
import { fixAllAction, FIX_ALL_KIND, quickFixes } from '../engine/codeActions';
import { completeAt } from '../features/completion';
import { definitionAt } from '../features/definition';
import { foldingRanges } from '../features/folding';
import { findingsStartingOn } from '../features/findingsByLine';
import { formatConfig } from '../features/formatting';
import { documentLinks } from '../features/links';
import { documentSymbols } from '../features/symbols';
import { hoverAt } from '../features/hover';
import { findingDetailsAt, withFindingDetails } from '../features/findingDetails';
import { templateItems } from '../features/templates';
import { publishedDiagnostics } from '../engine/publishedDiagnostics';
import { guarded } from './guarded';
import { languageFromLocale, pick, type Language } from '../core/localized';
import { DiskAccess, documentDirectory, workspaceRootsOf } from './localFiles';
import {
  ConvertToChronyRequest,
  DialectNotification,
  SetDialectNotification,
  VerificationSubjectRequest,
  WorkspaceTrustNotification,
  workspaceTrustedOf,
} from '../core/protocol';
import { verificationSubject } from '../features/verificationSubject';
import { editorConversion } from '../features/convert/editorConversion';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../core/settings';
import { scriptCompletionAt, scriptHoverAt } from '../features/scriptFeatures';
import type { ValidationResult } from '../engine/validate';
import { validateConfiguration } from '../engine/validateConfiguration';

/** A document with more lines than this is no longer near-empty: whole-file templates are not offered. */
const NEARLY_EMPTY_LINES = 40;

const DEBOUNCE_MS = 50;

interface DocumentState {
  readonly version: number;
  readonly dialect: DocumentKind;
  readonly result: ValidationResult;
}

/** The LSP adapter: wires the connection to the pure features; no language knowledge lives here. */
export function startServer(connection: Connection): void {
  // A client that opens a document with `text: null` gets an empty document, not a server that fails on every read.
  const documents = new TextDocuments({
    create: (uri, languageId, version, text: unknown) => TextDocument.create(uri, languageId, version, typeof text === 'string' ? text : ''),
    update: TextDocument.update,
  });
  const logError = (message: string) => connection.console.error(message);
  const guard = <P extends unknown[], R>(name: string, fallback: R, handler: (...args: P) => R) => guarded(logError, name, fallback, handler);
  const states = new Map<string, DocumentState>();
  const timers = new Map<string, NodeJS.Timeout>();
  const dialectOverrides = new Map<string, Dialect>();
  let language: Language = 'en';
  let settings: Settings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;
  const idleCollector = new IdleCollector();
  // Includes are followed only inside the workspace folders; other reads depend on workspace trust.
  let disk = new DiskAccess([], true);
  const fileEnvironment = (uri: string) => disk.fileEnvironment(uri);

  connection.onInitialize((params: InitializeParams) => {
    language = languageFromLocale(params.locale);
    disk = new DiskAccess(workspaceRootsOf(params.workspaceFolders, params.rootUri), workspaceTrustedOf(params.initializationOptions));
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    settings = normalizeSettings(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '/'] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        definitionProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'ntpconf-language-server' },
    };
  });

  async function refreshSettings(): Promise<void> {
    if (!canPullConfiguration) return;
    const [section] = (await connection.workspace.getConfiguration([{ section: 'ntpConfig' }])) as unknown[];
    settings = normalizeSettings(section);
  }

  // Caught: an unhandled rejection (a client that fails workspace/configuration) would end the process.
  const settingsFailed = (error: unknown) => logError(`reading the settings failed: ${String(error)}`);

  connection.onInitialized(() => {
    void refreshSettings().then(() => documents.all().forEach(schedule), settingsFailed);
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { ntpConfig?: unknown } | undefined)?.ntpConfig;
    const done = canPullConfiguration ? refreshSettings() : Promise.resolve((settings = normalizeSettings(pushed)) && undefined);
    void done.then(() => documents.all().forEach(schedule), settingsFailed);
  });

  function validate(document: TextDocument): DocumentState {
    const current = states.get(document.uri);
    if (current && current.version === document.version) return current;
    const text = document.getText();
    const detected = detectDocumentKind({
      text,
      languageId: document.languageId,
      path: document.uri,
      setting: settings.dialect,
      override: dialectOverrides.get(document.uri),
    });
    const result = validateConfiguration(text, detected.kind, settings, {
      previous: current?.result.kind === 'config' ? current.result.config : undefined,
      files: fileEnvironment(document.uri),
    });
    const state = { version: document.version, dialect: detected.kind, result };
    states.set(document.uri, state);
    // Scripts belong to other extensions: no dialect status bar item for them.
    if (!isScriptKind(detected.kind))
      void connection.sendNotification(DialectNotification, { uri: document.uri, dialect: detected.kind, reason: pick(detected.reason, language) });
    return state;
  }

  function publish(document: TextDocument): void {
    const state = validate(document);
    void connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: publishedDiagnostics(state.result.findings, language, document.uri),
    });
    idleCollector.afterWork(document.lineCount);
  }

  // An edit after a quiet moment is checked at once; edits that arrive while one is waiting are gathered for DEBOUNCE_MS.
  function schedule(document: TextDocument): void {
    const waiting = timers.get(document.uri);
    clearTimeout(waiting);
    timers.set(
      document.uri,
      setTimeout(
        guard('re-check', undefined, () => {
          timers.delete(document.uri);
          const latest = documents.get(document.uri);
          if (latest) publish(latest);
        }),
        waiting === undefined ? 0 : DEBOUNCE_MS,
      ),
    );
  }

  documents.onDidOpen(guard('check on open', undefined, ({ document }) => publish(document)));
  documents.onDidChangeContent(guard('schedule a re-check', undefined, ({ document }) => schedule(document)));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    states.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onNotification(WorkspaceTrustNotification, (params) => disk.setTrusted(params.trusted === true));

  connection.onNotification(
    SetDialectNotification,
    guard('set dialect', undefined, (params) => {
      if (isDialect(params.dialect)) dialectOverrides.set(params.uri, params.dialect);
      else dialectOverrides.delete(params.uri);
      states.delete(params.uri);
      const document = documents.get(params.uri);
      if (document) publish(document);
    }),
  );

  connection.onHover(
    guard('hover', null, ({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      if (!document) return null;
      const { result } = validate(document);
      const own =
        result.kind === 'script'
          ? scriptHoverAt(result.script, position.line, position.character, language)
          : hoverAt(result.config, position.line, position.character, language);
      return withFindingDetails(own, findingDetailsAt(result.findings, position.line, position.character, language), position);
    }),
  );

  connection.onCompletion(
    guard('completion', [], ({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      if (!document) return [];
      // Stale positions: past the last line gets nothing, past a line's end is read at its end; every range stays inside.
      if (position.line >= document.lineCount) return [];
      const lineText = document
        .getText({ start: { line: position.line, character: 0 }, end: { line: position.line, character: Number.MAX_SAFE_INTEGER } })
        .replace(/\r?\n$|\r$/, '');
      const character = Math.min(position.character, lineText.length);
      const directory = documentDirectory(document.uri);
      const paths = directory === undefined ? undefined : { documentDirectory: directory, listDirectory: (folder: string) => disk.listDirectory(folder) };
      const { result } = validate(document);
      const own =
        result.kind === 'script'
          ? scriptCompletionAt(result.script, lineText, position.line, character, language)
          : completeAt(lineText, character, result.config.dialect, settings.chronyVersion, language, { line: position.line, ...(paths ? { paths } : {}) });
      // Only a short document can be near-empty: a long one is never split into lines for this.
      const lines = document.lineCount <= NEARLY_EMPTY_LINES ? document.getText().split(/\r?\n|\r/) : undefined;
      const kind = result.kind === 'script' ? result.script.kind : result.config.dialect;
      return [...templateItems({ kind, uri: document.uri, lines, line: position.line, before: lineText.slice(0, character), language }), ...own];
    }),
  );

  connection.onCodeAction(
    guard('code actions', [], ({ textDocument, context }) => {
      const document = documents.get(textDocument.uri);
      if (!document) return [];
      const { result } = validate(document);
      const only = context.only;
      const wantsFixAll = only?.some((kind) => FIX_ALL_KIND.startsWith(kind)) ?? false;
      if (wantsFixAll) {
        const action = fixAllAction(textDocument.uri, result.findings, language);
        return action ? [action] : [];
      }
      const lines = context.diagnostics.map((d) => d.range.start.line);
      return quickFixes(textDocument.uri, { ...result, findings: findingsStartingOn(result.findings, lines) }, context.diagnostics, language);
    }),
  );

  const configOf = (uri: string) => {
    const document = documents.get(uri);
    if (document === undefined) return undefined;
    const { result } = validate(document);
    return result.kind === 'config' ? result.config : undefined;
  };
  // Verify Servers and Check Host read the document exactly as the diagnostics do (dialect override included).
  connection.onRequest(
    VerificationSubjectRequest,
    guard('verification subject', null, ({ uri }) => {
      const document = documents.get(uri);
      if (document === undefined) return null;
      const state = validate(document);
      return state.result.kind === 'config' ? verificationSubject(state.result.config) : null;
    }),
  );
  connection.onRequest(
    ConvertToChronyRequest,
    guard('convert to chrony', null, ({ uri }) => {
      const config = configOf(uri);
      const document = documents.get(uri);
      return config === undefined || document === undefined
        ? null
        : editorConversion(document.getText(), config, settings.chronyVersion, language, (file) => disk.readNamedBy(uri, file));
    }),
  );
  connection.onDocumentSymbol(
    guard('document symbols', [], ({ textDocument }) => {
      const config = configOf(textDocument.uri);
      return config === undefined ? [] : documentSymbols(config, language);
    }),
  );
  connection.onFoldingRanges(
    guard('folding ranges', [], ({ textDocument }) => {
      const config = configOf(textDocument.uri);
      return config === undefined ? [] : foldingRanges(config);
    }),
  );
  connection.onDocumentLinks(
    guard('document links', [], ({ textDocument }) => {
      const config = configOf(textDocument.uri);
      return config === undefined
        ? []
        : documentLinks(config, textDocument.uri, language).filter((link) => link.target !== undefined && disk.allowsLink(link.target));
    }),
  );
  connection.onDefinition(
    guard('definition', [], ({ textDocument, position }) => {
      const config = configOf(textDocument.uri);
      return config === undefined ? [] : definitionAt(config, position.line, position.character, textDocument.uri, (uri) => disk.readFile(uri));
    }),
  );
  connection.onDocumentFormatting(
    guard('formatting', [], ({ textDocument }) => {
      const config = configOf(textDocument.uri);
      return config === undefined ? [] : formatConfig(config);
    }),
  );
  connection.onDocumentRangeFormatting(
    guard('range formatting', [], ({ textDocument, range }) => {
      const config = configOf(textDocument.uri);
      return config === undefined ? [] : formatConfig(config, range);
    }),
  );

  documents.listen(connection);
  connection.listen();
}

/** Starts on stdio, IPC or a socket, whichever the command line names (--stdio, --node-ipc, --socket=N). */
export function main(): void {
  startServer(createConnection(ProposedFeatures.all));
}

if (require.main === module) main();
