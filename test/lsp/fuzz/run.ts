import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LanguageServerProcess } from '../languageServer';
import { foldingProblem, rangeProblem, rangesIn } from './checks';
import { documentKinds, type DocumentKindSeed } from './documents';
import { insertion, position, range } from './edits';
import { Random } from './random';
import { residentMegabytes } from './rss';

export interface FuzzOptions {
  readonly seed: number;
  readonly iterations: number;
  /** How long any request may take before it counts as unanswered. */
  readonly requestTimeoutMs: number;
  /** The most the server may ever hold, and how much it may grow from the first settle to the last. */
  readonly rssLimitMb: number;
  readonly rssGrowthMb: number;
  /** Where a failure writes the documents as the client had them, to replay with a unit test. */
  readonly dumpDirectory?: string;
}

export interface FuzzReport {
  readonly requests: number;
  readonly edits: number;
  readonly firstRssMb?: number;
  readonly lastRssMb?: number;
  readonly peakRssMb?: number;
}

/** From the environment, with small defaults for the CI run (see test/lsp/README.md for the long run). */
export function fuzzOptionsFromEnvironment(environment: NodeJS.ProcessEnv = process.env): FuzzOptions {
  const number = (name: string, fallback: number) => (environment[name] === undefined ? fallback : Number(environment[name]));
  return {
    seed: number('FUZZ_SEED', 1),
    iterations: number('FUZZ_ITERATIONS', 150),
    requestTimeoutMs: number('FUZZ_REQUEST_TIMEOUT_MS', 10_000),
    rssLimitMb: number('FUZZ_RSS_LIMIT_MB', 1024),
    rssGrowthMb: number('FUZZ_RSS_GROWTH_MB', 300),
    ...(environment['FUZZ_DUMP_DIR'] ? { dumpDirectory: environment['FUZZ_DUMP_DIR'] } : {}),
  };
}

/** Past this an open document is reset to its seed text, so a long run measures the server, not an ever-growing file. */
const MAX_DOCUMENT_CHARACTERS = 1_500_000;
/** No sane reply to one request is larger (the formatting blow-up answered with 200 MB). */
const MAX_REPLY_CHARACTERS = 8_000_000;
const REQUESTS = [
  'hover',
  'completion',
  'definition',
  'documentLink',
  'documentSymbol',
  'foldingRange',
  'formatting',
  'rangeFormatting',
  'codeAction',
  'fixAll',
] as const;
type RequestName = (typeof REQUESTS)[number];

class FuzzFailure extends Error {}

/**
 * The document as its text splits into lines. An incremental update that puts `\r` before an existing `\n` leaves
 * TextDocument (here and in the server) counting two line breaks where the text has one CRLF; ranges are checked
 * against the text, as the server parses it and as an editor would show it.
 */
function asParsed(mirror: TextDocument): TextDocument {
  return TextDocument.create(mirror.uri, mirror.languageId, mirror.version, mirror.getText());
}

/** Every document as the client has it, and every change sent (JSON lines), for replaying without the server. */
function dumpDocuments(directory: string, mirrors: readonly TextDocument[], history: readonly unknown[]): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, 'changes.jsonl'), history.map((entry) => JSON.stringify(entry)).join('\n'));
  for (const mirror of mirrors)
    writeFileSync(path.join(directory, `${mirror.uri.replace(/^file:\/\/\//, '').replace(/\//g, '_')}.v${mirror.version}`), mirror.getText());
}

/** One seeded run: random incremental edits and requests on every document kind, checked after every step. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const random = new Random(options.seed);
  const server = new LanguageServerProcess();
  const documents = new Map<string, { kind: DocumentKindSeed; mirror: TextDocument }>();
  const log: string[] = [];
  const history: unknown[] = [];
  let requests = 0;
  let edits = 0;
  let peakRssMb: number | undefined;
  let firstRssMb: number | undefined;

  const fail = (problem: string): never => {
    if (options.dumpDirectory)
      dumpDocuments(
        options.dumpDirectory,
        [...documents.values()].map((d) => d.mirror),
        history,
      );
    throw new FuzzFailure(
      `${problem}\n  seed ${options.seed}, step ${log.length}; reproduce with FUZZ_SEED=${options.seed} FUZZ_ITERATIONS=${options.iterations}\n  last steps:\n    ${log.slice(-12).join('\n    ')}`,
    );
  };
  const sampleRss = () => {
    const rss = residentMegabytes(server.pid);
    if (rss === undefined) return undefined;
    peakRssMb = Math.max(peakRssMb ?? 0, rss);
    if (rss > options.rssLimitMb) fail(`server RSS ${rss} MB is over the ${options.rssLimitMb} MB limit`);
    return rss;
  };
  const checkAlive = () => {
    if (!server.alive) fail('the server process died');
  };

  async function request(method: string, params: unknown): Promise<unknown> {
    requests++;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new FuzzFailure(`${method} unanswered after ${options.requestTimeoutMs} ms`)), options.requestTimeoutMs);
    });
    try {
      return await Promise.race([server.connection.sendRequest(method, params), timeout]);
    } catch (error) {
      checkAlive();
      return fail(error instanceof FuzzFailure ? error.message : `${method} answered with an error: ${String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  async function open(kind: DocumentKindSeed, nullText: boolean): Promise<void> {
    log.push(`open ${kind.name}${nullText ? ' with text: null' : ''}`);
    const mirror = TextDocument.create(kind.uri, kind.languageId, 1, nullText ? '' : kind.text);
    documents.set(kind.uri, { kind, mirror });
    if (options.dumpDirectory) history.push({ open: kind.uri, languageId: kind.languageId, text: nullText ? null : kind.text });
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: kind.uri, languageId: kind.languageId, version: 1, text: nullText ? null : kind.text },
    });
  }

  async function edit(uri: string): Promise<void> {
    const entry = documents.get(uri) as { kind: DocumentKindSeed; mirror: TextDocument };
    const version = entry.mirror.version + 1;
    const tooLarge = entry.mirror.getText().length > MAX_DOCUMENT_CHARACTERS;
    const change = tooLarge || random.chance(0.02) ? { text: entry.kind.text } : { range: range(random, entry.mirror), text: insertion(random) };
    const shown =
      'range' in change
        ? `${JSON.stringify(change.range)} ← ${JSON.stringify(change.text.slice(0, 40))}${change.text.length > 40 ? `… (${change.text.length})` : ''}`
        : 'whole text reset';
    log.push(`edit ${entry.kind.name} v${version}: ${shown}`);
    TextDocument.update(entry.mirror, [change], version);
    if (options.dumpDirectory) history.push({ uri, version, change });
    edits++;
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  }

  function paramsFor(name: RequestName, mirror: TextDocument): { method: string; params: Record<string, unknown> } {
    const textDocument = { uri: mirror.uri };
    const options = { tabSize: 4, insertSpaces: true };
    switch (name) {
      case 'hover':
      case 'completion':
      case 'definition':
        return { method: `textDocument/${name}`, params: { textDocument, position: position(random, mirror) } };
      case 'formatting':
        return { method: 'textDocument/formatting', params: { textDocument, options } };
      case 'rangeFormatting':
        return { method: 'textDocument/rangeFormatting', params: { textDocument, range: range(random, mirror), options } };
      case 'codeAction': {
        const published = server.latestPublished(mirror.uri);
        // Always three draws, whatever was published: the steps of a seed must not depend on the server's timing.
        const draws = [random.next(), random.next(), random.next()];
        const current = published?.version === mirror.version ? published.diagnostics : [];
        const diagnostics: Diagnostic[] = current.length === 0 ? [] : [...new Set(draws.map((d) => current[Math.floor(d * current.length)] as Diagnostic))];
        return {
          method: 'textDocument/codeAction',
          params: { textDocument, range: diagnostics[0]?.range ?? range(random, mirror), context: { diagnostics, only: ['quickfix'] } },
        };
      }
      case 'fixAll':
        return {
          method: 'textDocument/codeAction',
          params: { textDocument, range: range(random, mirror), context: { diagnostics: [], only: ['source.fixAll'] } },
        };
      default:
        return { method: `textDocument/${name}`, params: { textDocument } };
    }
  }

  async function ask(uri: string): Promise<void> {
    const { kind, mirror } = documents.get(uri) as { kind: DocumentKindSeed; mirror: TextDocument };
    const name = random.pick(REQUESTS);
    const { method, params } = paramsFor(name, mirror);
    log.push(`${name} ${kind.name} v${mirror.version} ${JSON.stringify(params['position'] ?? params['range'] ?? '')}`);
    const reply = await request(method, params);
    checkAlive();
    const parsed = asParsed(mirror);
    const size = JSON.stringify(reply ?? null).length;
    if (size > MAX_REPLY_CHARACTERS) fail(`${name} replied with ${size} characters`);
    for (const replyRange of rangesIn(reply, uri)) {
      const problem = rangeProblem(parsed, replyRange);
      if (problem) fail(`${name} returned a range outside the document: ${problem}`);
    }
    const folding = name === 'foldingRange' ? foldingProblem(parsed, reply) : undefined;
    if (folding) fail(folding);
  }

  /** Waits for the diagnostics of every open document's current version and checks their ranges. */
  async function settle(): Promise<number | undefined> {
    for (const { kind, mirror } of documents.values()) {
      log.push(`wait for the diagnostics of ${kind.name} v${mirror.version}`);
      await server.waitForVersion(mirror.uri, mirror.version, options.requestTimeoutMs).catch(() => {
        checkAlive();
        fail(`no diagnostics for ${kind.name} v${mirror.version} within ${options.requestTimeoutMs} ms`);
      });
      const published = server.latestPublished(mirror.uri);
      if (published?.version !== mirror.version) continue;
      const parsed = asParsed(mirror);
      for (const diagnostic of published.diagnostics) {
        const problem = rangeProblem(parsed, diagnostic.range);
        if (problem) fail(`diagnostic ${String(diagnostic.code)} outside the document: ${problem}`);
      }
    }
    checkAlive();
    return sampleRss();
  }

  let report: FuzzReport;
  try {
    await server.initialize();
    for (const kind of documentKinds()) await open(kind, random.chance(0.15));
    firstRssMb = await settle();
    for (let iteration = 0; iteration < options.iterations; iteration++) {
      const uri = random.pick([...documents.keys()]);
      const roll = random.next();
      if (roll < 0.45) await edit(uri);
      else if (roll < 0.97) await ask(uri);
      else {
        const { kind } = documents.get(uri) as { kind: DocumentKindSeed };
        log.push(`close ${kind.name}`);
        await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        await open(kind, random.chance(0.3));
      }
      if (iteration % 25 === 24) await settle();
      checkAlive();
    }
    const lastRssMb = await settle();
    if (firstRssMb !== undefined && lastRssMb !== undefined && lastRssMb - firstRssMb > options.rssGrowthMb)
      fail(`server RSS grew from ${firstRssMb} to ${lastRssMb} MB`);
    report = {
      requests,
      edits,
      ...(firstRssMb === undefined ? {} : { firstRssMb }),
      ...(lastRssMb === undefined ? {} : { lastRssMb }),
      ...(peakRssMb === undefined ? {} : { peakRssMb }),
    };
  } catch (error) {
    server.kill();
    throw error;
  }
  const exitCode = await server.stop();
  if (exitCode !== 0) fail(`the server exited with ${String(exitCode)} after shutdown`);
  return report;
}
