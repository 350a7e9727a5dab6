import { statSync } from 'node:fs';
import { escapeForTerminal } from '../../server/src/core/terminalText';
import { isDialect, type Dialect } from '../../server/src/core/dialect';
import { detectDialect } from '../../server/src/formats/detectDialect';
import { languageFromLocale, type Language } from '../../server/src/core/localized';
import { parseConfig } from '../../server/src/formats/ntpconf/parser/parseConfig';
import { readConfigArgument, resolverFromEnvironment } from './configArgument';
import { probeTargets, systemEnvironment, type ProbeEnvironment } from '../../verify/src/probe';
import type { HostResolver } from '../../verify/src/resolve';
import { formatProbeText, notProbedJson, notProbedNote, toProbeJson } from '../../verify/src/probeOutput';
import { hostTarget, parseHostArgument } from '../../verify/src/targets';
import { verificationSubject } from '../../server/src/features/verificationSubject';
import {
  DEFAULT_PROBE_SETTINGS,
  MAX_SAMPLES,
  MAX_TIMEOUT_MS,
  MIN_INTERVAL_MS,
  MIN_TIMEOUT_MS,
  type ProbeSettings,
  type ProbeTarget,
  type SkippedSource,
} from '../../verify/src/types';
import { ArgumentReader, integerIn, languageFromEnvironment, UsageError } from './cliArguments';

export const PROBE_USAGE = `Usage: ntpconf probe [--samples N] [--interval MS] [--timeout MS] [--json] [--lang en|ko] [--dialect auto|chrony|ntpd|ntpsec|xntpd] TARGET...
  TARGET is host, host:port, [v6addr]:port, or a config file (all its server, pool and peer lines, read as
  --dialect says; auto detects it as lint does, and chrony's \`port\` option is honoured only for chrony).
  A name is queried at its first address, as a daemon's server line uses it; a pool line at all of its addresses.
  Defaults: ${DEFAULT_PROBE_SETTINGS.samples} samples, ${DEFAULT_PROBE_SETTINGS.intervalMs} ms apart (at least ${MIN_INTERVAL_MS}), ${DEFAULT_PROBE_SETTINGS.timeoutMs} ms timeout.
  NTPCONF_DNS_SERVERS=addr[:port],... resolves names with those DNS servers instead of the system's.
Exit status: 0 every target answered, 1 some target did not, 2 usage or I/O error.`;

interface ProbeIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  environment?: ProbeEnvironment;
}

interface ProbeOptions {
  settings: ProbeSettings;
  json: boolean;
  language: Language;
  targets: string[];
  dialect: Dialect | 'auto';
  resolver: HostResolver | undefined;
}

function parseProbeArguments(args: readonly string[], env: NodeJS.ProcessEnv): ProbeOptions {
  const settings = { ...DEFAULT_PROBE_SETTINGS };
  const options: ProbeOptions = {
    settings,
    json: false,
    language: languageFromEnvironment(env),
    targets: [],
    dialect: 'auto',
    resolver: resolverFromEnvironment(env),
  };
  const reader = new ArgumentReader(args);
  const value = (): string => reader.value();
  for (let word = reader.next(); word !== undefined; word = reader.next()) {
    const { arg, flag } = word;
    switch (flag) {
      case '--samples':
        settings.samples = integerIn(flag, value(), 1, MAX_SAMPLES);
        break;
      case '--interval':
        settings.intervalMs = integerIn(flag, value(), MIN_INTERVAL_MS, 60_000);
        break;
      case '--timeout':
        settings.timeoutMs = integerIn(flag, value(), MIN_TIMEOUT_MS, MAX_TIMEOUT_MS);
        break;
      case '--json':
        options.json = true;
        break;
      case '--lang':
        options.language = languageFromLocale(value());
        break;
      case '--dialect': {
        const dialect = value();
        if (dialect !== 'auto' && !isDialect(dialect)) throw new UsageError(`unknown dialect '${dialect}'`);
        options.dialect = dialect;
        break;
      }
      default:
        if (arg.startsWith('-') && !arg.startsWith('[')) throw new UsageError(`unknown option '${arg}'`);
        options.targets.push(arg);
    }
  }
  if (options.targets.length === 0) throw new UsageError('no targets given');
  return options;
}

/** Anything that exists and is not a directory is meant as a file, so a device or FIFO gets a clear refusal. */
function namesFile(arg: string): boolean {
  try {
    return !statSync(arg).isDirectory() || arg.includes('/');
  } catch {
    return arg.includes('/');
  }
}

/** Turns arguments into targets: files are configs, anything else must be a host. */
function gatherTargets(args: readonly string[], language: Language, setting: Dialect | 'auto'): { targets: ProbeTarget[]; skipped: SkippedSource[] } {
  const targets: ProbeTarget[] = [];
  const skipped: SkippedSource[] = [];
  for (const arg of args) {
    if (namesFile(arg)) {
      const text = readConfigArgument(arg, language);
      const dialect = detectDialect({ text, path: arg, setting }).dialect;
      const collected = verificationSubject(parseConfig(text, dialect), arg);
      targets.push(...collected.targets);
      skipped.push(...collected.skipped);
      continue;
    }
    const parsed = parseHostArgument(arg);
    if (!parsed.ok) throw new UsageError(parsed.error);
    targets.push(hostTarget(arg, parsed.host, parsed.port));
  }
  return { targets, skipped };
}

/** Runs `ntpconf probe`; resolves to the exit status. */
export async function runProbe(args: readonly string[], io: ProbeIo): Promise<number> {
  let options: ProbeOptions;
  let gathered: { targets: ProbeTarget[]; skipped: SkippedSource[] };
  try {
    options = parseProbeArguments(args, io.env);
    gathered = gatherTargets(options.targets, options.language, options.dialect);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`ntpconf: ${error.message}\n${PROBE_USAGE}\n`);
    return 2;
  }
  const { targets, skipped } = gathered;
  if (targets.length === 0) {
    if (options.json) io.stdout('[]\n');
    else io.stdout(formatProbeText({ settings: options.settings, results: [], notProbed: [], cancelled: false, elapsedMs: 0 }, skipped, options.language));
    io.stderr(options.language === 'ko' ? 'ntpconf: 질의할 소스가 없습니다\n' : 'ntpconf: nothing to probe\n');
    return 1;
  }
  const environment = io.environment ?? (options.resolver === undefined ? undefined : systemEnvironment(options.resolver));
  const report = await probeTargets(targets, {
    settings: options.settings,
    ...(io.signal ? { signal: io.signal } : {}),
    ...(environment ? { environment } : {}),
  });
  if (options.json) {
    const entries = [...report.results.map((r) => toProbeJson(r, options.language)), ...report.notProbed.map((n) => notProbedJson(n, options.language))];
    io.stdout(JSON.stringify(entries, null, 2) + '\n');
    if (report.notProbed.length > 0) io.stderr(`ntpconf: ${notProbedNote(report.notProbed.length, options.language)}\n`);
    for (const s of skipped) io.stderr(escapeForTerminal(`ntpconf: ${s.file ?? ''}:${s.line + 1}: skipped ${s.text}: ${s.reason[options.language]}`) + '\n');
  } else {
    io.stdout(formatProbeText(report, skipped, options.language));
  }
  const answered = new Set(report.results.filter((r) => r.reachable).map((r) => r.target));
  return targets.every((t) => answered.has(t)) && !report.cancelled ? 0 : 1;
}

/**
 * For the synchronous CLI dispatcher: starts the probe and sets the exit status when it ends. The first Ctrl-C
 * stops the queries and still prints what was measured.
 */
export async function startProbe(args: readonly string[], io: Omit<ProbeIo, 'signal'>): Promise<number> {
  const controller = new AbortController();
  // The first Ctrl-C stops the run and still prints what was measured.
  const onInterrupt = (): void => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    return await runProbe(args, { ...io, signal: controller.signal });
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}
