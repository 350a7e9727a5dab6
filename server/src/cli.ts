import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ArgumentReader, languageFromEnvironment, UsageError } from './cliArguments';
import { DIALECTS } from './dialect';
import { detectDocumentKind, isDocumentKind, SCRIPT_KINDS } from './documentKind';
import { languageFromLocale, type Language } from './l10n/localized';
import { LineMemo } from './parser/lineMemo';
import { normalizeSettings } from './settings';
import { fixAll } from './validation/fixAll';
import { readTextFile, writeTextFile, type TextEncoding } from './textFile';
import { toDiagnostic, validateText } from './validation/validate';
import { PROBE_USAGE, startProbe } from './verify/probeCommand';
import { CHECK_HOST_USAGE, startCheckHost } from './verify/host/checkHostCommand';

const USAGE = `Usage: ntpconf lint [--format text|json] [--dialect auto|${[...DIALECTS, ...SCRIPT_KINDS.filter((k) => k !== 'unrelated-script')].join('|')}] [--chrony-version X.Y] [--lang en|ko] [--fix] FILE...
  FILE may be - to read standard input.
Exit status: 0 no errors, 1 an error-severity diagnostic, 2 usage or I/O error.`;

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'] as const;


interface LintOptions {
  format: 'text' | 'json';
  dialect: string;
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

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
};

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && READ_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error));
}

interface FileReport {
  file: string;
  dialect: string;
  diagnostics: Diagnostic[];
}

function formatText(report: FileReport): string[] {
  return report.diagnostics.map(
    (d) => `${report.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY_NAMES[d.severity ?? 1]}: ${d.message} [${String(d.code)}]`,
  );
}

/** Runs `ntpconf lint`; returns the exit status. Output goes through the given writers so tests can capture it. */
export function runLint(args: readonly string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; env: NodeJS.ProcessEnv; readStdin: () => string }): number {
  let options: LintOptions;
  try {
    options = parseLintArguments(args, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`ntpconf: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const settings = normalizeSettings({ dialect: options.dialect, chronyVersion: options.chronyVersion });
  const reports: FileReport[] = [];
  let ioFailed = false;
  for (const file of options.files) {
    let text: string;
    let encoding: TextEncoding = 'utf8';
    try {
      ({ text, encoding } = file === '-' ? { text: io.readStdin(), encoding } : readTextFile(file));
    } catch (error) {
      io.stderr(`ntpconf: cannot read ${file}: ${describeReadError(error)}\n`);
      ioFailed = true;
      continue;
    }
    const dialect = detectDocumentKind({ text, path: file === '-' ? undefined : file, setting: options.dialect }).kind;
    // The user named this file, so its includes are checked under the current directory, and nowhere else.
    const files = file === '-' ? undefined : { documentPath: path.resolve(file), workspaceRoots: [process.cwd()], exists: existsSync };
    let result = validateText(text, dialect, settings, { files });
    if (options.fix) {
      const fixed = fixAll(text, dialect, settings, { files });
      result = fixed.result;
      if (fixed.text !== text) {
        if (file === '-') io.stdout(fixed.text);
        else writeTextFile(file, fixed.text, encoding);
      }
    }
    reports.push({ file, dialect, diagnostics: result.findings.map((f) => toDiagnostic(f, options.language)) });
  }
  if (options.format === 'json') io.stdout(JSON.stringify(reports, null, 2) + '\n');
  else {
    const lines = reports.flatMap(formatText);
    if (lines.length > 0) io.stdout(lines.join('\n') + '\n');
  }
  if (ioFailed) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 1)) ? 1 : 0;
}

function dispatch(argv: readonly string[]): number | Promise<number> {
  const io = {
    stdout: (s: string) => process.stdout.write(s),
    stderr: (s: string) => process.stderr.write(s),
    env: process.env,
    readStdin: () => readFileSync(0, 'utf8'),
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
