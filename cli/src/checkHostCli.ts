import { verificationSubject } from '../../server/src/features/verificationSubject';
import { detectDialect } from '../../server/src/formats/detectDialect';
import { languageFromLocale, type Language } from '../../server/src/core/localized';
import { parseConfig } from '../../server/src/formats/ntpconf/parser/parseConfig';
import { readConfigArgument, resolverFromEnvironment } from './configArgument';
import type { HostResolver } from '../../verify/src/resolve';
import { checkHost, NAME_TIMEOUT_MS, type HostCheckRequest, type HostCheckRun } from '../../verify/src/host/checkHost';
import { formatCommandLog, formatHostText, toHostJson } from '../../verify/src/host/hostOutput';
import { describeTarget, validateChronySocket, validateSshTarget } from '../../verify/src/host/sshCommand';
import { DEFAULT_COMMAND_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT_SECONDS, type SshOptions, type SshTarget } from '../../verify/src/host/types';
import { ArgumentReader, integerIn, languageFromEnvironment, UsageError } from './cliArguments';

export const CHECK_HOST_USAGE = `Usage: ntpconf check-host [--json] [--lang en|ko] [-p PORT] [-l USER] [-i KEY] [-F SSH_CONFIG]
         [--known-hosts FILE] [--strict-host-key-checking yes|accept-new|no] [--chrony-socket PATH]
         [--connect-timeout S] [--timeout S] [--verbose] HOST [CONFIG]
  Runs fixed read-only commands (chronyc, ntpq, w32tm, timedatectl) on HOST through the system ssh in batch mode,
  and compares the daemon's sources with CONFIG when given. NTPCONF_DNS_SERVERS=addr[:port],... resolves
  CONFIG's names with those DNS servers instead of the system's.
Exit status: 0 checked and nothing to warn about, 1 a warning (or ssh failed, or no daemon), 2 usage or I/O error.`;

interface CheckHostIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Tests replace ssh. */
  runner?: HostCheckRun['runner'];
}

class HelpRequest extends Error {}

interface CheckHostOptions {
  json: boolean;
  verbose: boolean;
  language: Language;
  target: { host?: string; port?: number; user?: string; identityFile?: string };
  ssh: { -readonly [K in keyof SshOptions]?: SshOptions[K] };
  chronySocket?: string;
  commandTimeoutMs: number;
  positional: string[];
}

function parseArguments(args: readonly string[], env: NodeJS.ProcessEnv): CheckHostOptions {
  const options: CheckHostOptions = {
    json: false,
    verbose: false,
    language: languageFromEnvironment(env),
    target: {},
    ssh: { connectTimeoutSeconds: DEFAULT_CONNECT_TIMEOUT_SECONDS },
    commandTimeoutMs: DEFAULT_COMMAND_TIMEOUT_MS,
    positional: [],
  };
  const reader = new ArgumentReader(args);
  const value = (): string => reader.value();
  for (let word = reader.next(); word !== undefined; word = reader.next()) {
    const { arg, flag } = word;
    switch (flag) {
      case '--help':
      case '-h':
        throw new HelpRequest();
      case '--json':
        options.json = true;
        break;
      case '--verbose':
        options.verbose = true;
        break;
      case '--lang':
        options.language = languageFromLocale(value());
        break;
      case '-p':
        options.target.port = integerIn(flag, value(), 1, 65535);
        break;
      case '-l':
        options.target.user = value();
        break;
      case '-i':
        options.target.identityFile = value();
        break;
      case '-F':
        options.ssh.configFile = value();
        break;
      case '--known-hosts':
        options.ssh.knownHostsFile = value();
        break;
      case '--strict-host-key-checking': {
        const mode = value();
        if (mode !== 'yes' && mode !== 'accept-new' && mode !== 'no')
          throw new UsageError(`--strict-host-key-checking takes yes, accept-new or no, not '${mode}'`);
        options.ssh.strictHostKeyChecking = mode;
        break;
      }
      case '--chrony-socket':
        options.chronySocket = value();
        break;
      case '--connect-timeout':
        options.ssh.connectTimeoutSeconds = integerIn(flag, value(), 1, 120);
        break;
      case '--timeout':
        options.commandTimeoutMs = integerIn(flag, value(), 1, 600) * 1000;
        break;
      case '--':
        options.positional.push(...reader.rest());
        break;
      default:
        // No ssh option passes through: a host after `--` that starts with '-' is refused by validateHost.
        if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}'`);
        options.positional.push(arg);
    }
  }
  if (options.positional.length === 0) throw new UsageError('no host given');
  if (options.positional.length > 2) throw new UsageError(`too many arguments: '${options.positional.slice(2).join(' ')}'`);
  return options;
}

function readConfig(file: string, language: Language): NonNullable<HostCheckRequest['config']> {
  const text = readConfigArgument(file, language);
  return { subject: verificationSubject(parseConfig(text, detectDialect({ text, path: file }).dialect), file), file };
}

/** Runs `ntpconf check-host`; resolves to the exit status. */
export async function runCheckHost(args: readonly string[], io: CheckHostIo): Promise<number> {
  let options: CheckHostOptions;
  let request: HostCheckRequest;
  let resolver: HostResolver | undefined;
  try {
    options = parseArguments(args, io.env);
    resolver = resolverFromEnvironment(io.env);
    const [host, configFile] = options.positional as [string, string | undefined];
    const target: SshTarget = { ...options.target, host };
    for (const check of [validateSshTarget(target), ...(options.chronySocket === undefined ? [] : [validateChronySocket(options.chronySocket)])]) {
      if (!check.ok) throw new UsageError(check.error.en);
    }
    request = {
      target,
      ssh: options.ssh,
      commandTimeoutMs: options.commandTimeoutMs,
      ...(options.chronySocket === undefined ? {} : { chronySocket: options.chronySocket }),
      ...(configFile === undefined ? {} : { config: readConfig(configFile, options.language) }),
    };
  } catch (error) {
    if (error instanceof HelpRequest) {
      io.stdout(CHECK_HOST_USAGE + '\n');
      return 0;
    }
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`ntpconf: ${error.message}\n${CHECK_HOST_USAGE}\n`);
    return 2;
  }
  const host = describeTarget(request.target);
  const signal = io.signal ?? new AbortController().signal;
  const report = await checkHost(request, {
    signal,
    ...(resolver ? { resolve: (name: string) => resolver.resolve(name, undefined, NAME_TIMEOUT_MS, signal) } : {}),
    ...(io.runner ? { runner: io.runner } : {}),
    onCommand: (record) => {
      if (options.verbose) io.stderr(formatCommandLog(record, host).join('\n') + '\n');
    },
  });
  io.stdout(options.json ? JSON.stringify(toHostJson(report, options.language), null, 2) + '\n' : formatHostText(report, options.language));
  return report.cancelled || report.daemon === null || report.verdicts.some((v) => v.severity === 'warning') ? 1 : 0;
}

/** For the CLI dispatcher, like `startProbe`: the first Ctrl-C stops ssh and still prints what came back. */
export async function startCheckHost(args: readonly string[], io: Omit<CheckHostIo, 'signal'>): Promise<number> {
  const controller = new AbortController();
  const onInterrupt = (): void => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    return await runCheckHost(args, { ...io, signal: controller.signal });
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}
