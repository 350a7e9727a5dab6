import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { ArgumentReader, languageFromEnvironment, UsageError } from './cliArguments';
import { writeFileAtomically } from '../../server/src/core/atomicWrite';
import { readDescriptor } from '../../server/src/core/boundedRead';
import { DIALECTS } from '../../server/src/core/dialect';
import { detectDocumentKind } from '../../server/src/formats/detectDocumentKind';
import { isDocumentKind, SCRIPT_KINDS } from '../../server/src/core/documentKind';
import { languageFromLocale, pick, type Language } from '../../server/src/core/localized';
import { cannotRead, cannotWrite, STANDARD_INPUT } from './lintMessages';
import { fixableCodesHelp, fixedEntries, formatText, type FileReport } from './lintOutput';
import { LineMemo } from '../../server/src/formats/ntpconf/parser/lineMemo';
import { normalizeSettings, type DialectSetting } from '../../server/src/core/settings';
import { decodeText, encodeText, MAX_LINT_BYTES, readTextFile, type DecodedText } from '../../server/src/core/textFile';
import { fixAll } from '../../server/src/engine/fixAll';
import { toDiagnostic, validateText } from '../../server/src/engine/validate';
import { PROBE_USAGE, startProbe } from './probeCli';
import { CHECK_HOST_USAGE, startCheckHost } from './checkHostCli';

const USAGE = `Usage: ntpconf lint [--format text|json] [--dialect auto|${[...DIALECTS, ...SCRIPT_KINDS.filter((k) => k !== 'unrelated-script')].join('|')}] [--chrony-version X.Y] [--lang en|ko] [--fix] FILE...
  FILE is a regular file of at most ${MAX_LINT_BYTES / 1024 / 1024} MiB, or - to read standard input (the same limit).
  --fix rewrites each FILE through a temporary file renamed over it, and lists each change; with -, the
  config (fixed or not) goes to stdout and the diagnostics to stderr.
${fixableCodesHelp()}
Exit status: 0 no errors, 1 an error-severity diagnostic, 2 usage or I/O error.`;

interface LintOptions {
  format: 'text' | 'json';
  dialect: DialectSetting;
  chronyVersion?: string;
  language: Language;
  fix: boolean;
  files: string[];
}

function parseLintArguments(args: readonly string[], env: NodeJS.ProcessEnv): LintOptions {
  const options: LintOptions = { format: 'text', dialect: 'auto', language: languageFromEnvironment(env), fix: false, files: [] };
  const reader = new ArgumentReader(args);
  const value = (): string => reader.value();
  for (let word = reader.next(); word !== undefined; word = reader.next()) {
    const { arg, flag } = word;
    switch (flag) {
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format '${format}'`);
        options.format = format;
        break;
      }
      case '--dialect': {
        const dialect = value();
        if (dialect !== 'auto' && !isDocumentKind(dialect)) throw new UsageError(`unknown dialect '${dialect}'`);
        options.dialect = dialect;
        break;
      }
      case '--chrony-version':
        options.chronyVersion = value();
        if (!/^\d+\.\d+$/.test(options.chronyVersion)) throw new UsageError(`bad chrony version '${options.chronyVersion}'`);
        break;
      case '--lang':
        options.language = languageFromLocale(value());
        break;
      case '--fix':
        options.fix = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
        options.files.push(arg);
    }
  }
  if (options.files.length === 0) throw new UsageError('no files given');
  return options;
}

/** What runLint reads from and writes to; the CLI passes the process's, tests their own. */
export interface LintIo {
  stdout: (s: string | Uint8Array) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  readStdin: () => string | Uint8Array;
  /** Replaces a file's contents; tests pass one that fails. */
  writeFile?: (file: string, data: Uint8Array) => void;
}

function readInput(file: string, io: LintIo): DecodedText {
  if (file !== '-') return readTextFile(file);
  const input = io.readStdin();
  return decodeText(typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength));
}

/** Runs `ntpconf lint`; returns the exit status. Output goes through the given writers so tests can capture it. */
export function runLint(args: readonly string[], io: LintIo): number {
  let options: LintOptions;
  try {
    options = parseLintArguments(args, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`ntpconf: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const { language } = options;
  const settings = normalizeSettings({ dialect: options.dialect, chronyVersion: options.chronyVersion });
  const writeFile = io.writeFile ?? writeFileAtomically;
  const reports: FileReport[] = [];
  let ioFailed = false;
  for (const file of options.files) {
    let input: DecodedText;
    try {
      input = readInput(file, io);
    } catch (error) {
      io.stderr(cannotRead(file === '-' ? pick(STANDARD_INPUT, language) : file, error, language));
      ioFailed = true;
      continue;
    }
    const { text } = input;
    const dialect = detectDocumentKind({ text, path: file === '-' ? undefined : file, setting: options.dialect }).kind;
    // The user named this file, so its includes are checked under the current directory, and nowhere else.
    const files = file === '-' ? undefined : { documentPath: path.resolve(file), workspaceRoots: [process.cwd()], exists: existsSync };
    if (!options.fix) {
      const { findings } = validateText(text, dialect, settings, { files });
      reports.push({ file, dialect, diagnostics: findings.map((f) => toDiagnostic(f, language)) });
      continue;
    }
    const fixed = fixAll(text, dialect, settings, { files });
    const bytes = encodeText({ ...input, text: fixed.text });
    // With -, stdout is the config itself, fixed or not, so it can be piped on.
    if (file === '-') io.stdout(bytes);
    else if (fixed.text !== text) {
      try {
        writeFile(file, bytes);
      } catch (error) {
        io.stderr(cannotWrite(file, error, language));
        ioFailed = true;
      }
    }
    const diagnostics = fixed.result.findings.map((f) => toDiagnostic(f, language));
    reports.push({ file, dialect, diagnostics, fixed: fixedEntries(fixed.applied, language) });
  }
  // The fixed config of - owns stdout; the report then goes to stderr.
  const report = options.fix && options.files.includes('-') ? io.stderr : io.stdout;
  if (options.format === 'json') report(JSON.stringify(reports, null, 2) + '\n');
  else {
    const lines = reports.flatMap((r) => formatText(r, language));
    if (lines.length > 0) report(lines.join('\n') + '\n');
  }
  if (ioFailed) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 1)) ? 1 : 0;
}

/** A reader that went away (`| head`) ends the output quietly, without a stack trace; other write errors exit 2. */
function stopWritingWhenClosed(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.exitCode = 2;
  });
}

function dispatch(argv: readonly string[]): number | Promise<number> {
  stopWritingWhenClosed(process.stdout);
  stopWritingWhenClosed(process.stderr);
  const io = {
    stdout: (s: string | Uint8Array) => process.stdout.write(s),
    stderr: (s: string) => process.stderr.write(s),
    env: process.env,
    readStdin: () => readDescriptor(0, 'standard input', MAX_LINT_BYTES),
  };
  const [command, ...rest] = argv;
  if (command === 'lint') return runLint(rest, io);
  if (command === 'probe') return startProbe(rest, io);
  if (command === 'check-host') return startCheckHost(rest, io);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE + '\n' + PROBE_USAGE + '\n' + CHECK_HOST_USAGE + '\n');
    return 0;
  }
  io.stderr(`ntpconf: ${command === undefined ? 'no command given' : `unknown command '${command}'`}\n${USAGE}\n`);
  return 2;
}

/** Runs a command as its own process and resolves with its exit status; never rejects. */
export async function main(argv: readonly string[]): Promise<number> {
  LineMemo.enabled = false;
  try {
    return await dispatch(argv);
  } catch (error) {
    // A bug must still end with a message and status 2, never a stack trace on the user's terminal.
    process.stderr.write(`ntpconf: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((status) => (process.exitCode = status));
