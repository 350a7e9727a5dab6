import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArgumentReader, integerIn, languageFromEnvironment, UsageError } from './cliArguments';
import { writeFileAtomically } from '../../server/src/core/atomicWrite';
import { readDescriptor } from '../../server/src/core/boundedRead';
import { DIALECTS } from '../../server/src/core/dialect';
import { detectDocumentKind } from '../../server/src/formats/detectDocumentKind';
import { isDocumentKind, SCRIPT_KINDS } from '../../server/src/core/documentKind';
import { languageFromLocale, pick, type Language } from '../../server/src/core/localized';
import { cannotRead, cannotWrite, STANDARD_INPUT } from './lintMessages';
import { countSeverities, fixableCodesHelp, fixedEntries, formatText, summaryLine, type FileReport } from './lintOutput';
import { LineMemo } from '../../server/src/formats/ntpconf/parser/lineMemo';
import { normalizeSettings, type DialectSetting } from '../../server/src/core/settings';
import { decodeText, encodeText, MAX_LINT_BYTES, readTextFile, type DecodedText } from '../../server/src/core/textFile';
import { fixAll } from '../../server/src/engine/fixAll';
import { toDiagnostic } from '../../server/src/engine/validate';
import { validateConfiguration } from '../../server/src/engine/validateConfiguration';
import { liveDaemonVersionOutput } from './daemonVersions';
import type { FileEnvironment } from '../../server/src/core/fileEnvironment';
import type { SarifInput } from './sarif';
import type * as Sarif from './sarif';
import type * as RuleRegistry from '../../server/src/rules';
import { toolVersion } from './toolVersion';
import { ntpFilesInTree } from './ntpFilesInTree';
import { descriptorOutput, isTerminal } from './standardOutput';
import { judgeableFindings, lintTarget } from './templateLint';
import type * as ProbeCli from './probeCli';
import type * as CheckHostCli from './checkHostCli';
import type * as ConvertCli from './convertCli';

// Only lint is on a fleet's hot path: the other commands (verify, ssh, convert) load when named. The bundle keeps
// these three requires as they are and ships each command as its own file next to dist/cli.js.
/* eslint-disable @typescript-eslint/no-require-imports */
const probeCommand = (): typeof ProbeCli => require('./probeCli');
const checkHostCommand = (): typeof CheckHostCli => require('./checkHostCli');
const convertCommand = (): typeof ConvertCli => require('./convertCli');
// Help and SARIF list every code, the Windows rules' too; a plain lint loads only the rules it runs.
const sarif = (): typeof Sarif => require('./sarif');
const ruleRegistry = (): typeof RuleRegistry => require('../../server/src/rules');
/* eslint-enable @typescript-eslint/no-require-imports */

const lintUsage =
  (): string => `Usage: ntpconf lint [--format text|json|sarif] [--quiet] [--max-warnings N] [--dialect auto|${[...DIALECTS, ...SCRIPT_KINDS.filter((k) => k !== 'unrelated-script')].join('|')}] [--chrony-version X.Y] [--root DIR] [--lang en|ko] [--fix] FILE...
  FILE is a directory (its NTP files, by name, .gitignore honoured; templates *.j2, *.erb, *.epp, *.tmpl with
  their markup masked), a regular file of at most ${MAX_LINT_BYTES / 1024 / 1024} MiB, or - to read standard input (the same limit).
  --fix rewrites each FILE through a temporary file renamed over it, and lists each change; with -, the
  config (fixed or not) goes to stdout and the diagnostics to stderr.
${fixableCodesHelp(ruleRegistry().CODE_METAS)}
  --root DIR reads a host's / copied or mounted at DIR: includes, start-up flags and package versions resolve
  under it (default: / for a file under /etc, else next to the file's etc).
  --quiet prints errors only; --max-warnings N exits 1 when more than N warnings were found.
  Text output is coloured on a terminal unless NO_COLOR is set.
Exit status: 0 no errors, 1 an error-severity diagnostic (or too many warnings), 2 usage or I/O error.`;

interface LintOptions {
  format: 'text' | 'json' | 'sarif';
  dialect: DialectSetting;
  chronyVersion?: string;
  language: Language;
  fix: boolean;
  quiet: boolean;
  maxWarnings?: number;
  root?: string;
  files: string[];
}

/** The URI a JSON diagnostic's related locations name; standard input has none of its own. */
function fileUri(file: string): string {
  return file === '-' ? 'stdin' : pathToFileURL(path.resolve(file)).href;
}

function parseLintArguments(args: readonly string[], env: NodeJS.ProcessEnv): LintOptions {
  const options: LintOptions = { format: 'text', dialect: 'auto', language: languageFromEnvironment(env), fix: false, quiet: false, files: [] };
  const reader = new ArgumentReader(args);
  const value = (): string => reader.value();
  for (let word = reader.next(); word !== undefined; word = reader.next()) {
    const { arg, flag } = word;
    switch (flag) {
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format '${format}'`);
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
      case '--root':
        options.root = path.resolve(value());
        break;
      case '--lang':
        options.language = languageFromLocale(value());
        break;
      case '--fix':
        options.fix = true;
        break;
      case '--quiet':
        options.quiet = true;
        break;
      case '--max-warnings':
        options.maxWarnings = integerIn('--max-warnings', value(), 0, Number.MAX_SAFE_INTEGER);
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
  /** Colour the severity words of text output (a terminal without NO_COLOR). */
  colour?: boolean;
}

function readInput(file: string, io: LintIo): DecodedText {
  if (file !== '-') return readTextFile(file);
  const input = io.readStdin();
  return decodeText(typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength));
}

/** A directory stands for the NTP files in it (by the names the editor knows; .gitignore honoured in a repository). */
function expandDirectories(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    if (file === '-') return [file];
    try {
      return statSync(file).isDirectory() ? ntpFilesInTree(file) : [file];
    } catch {
      return [file];
    }
  });
}

function readSmallFile(file: string): string | undefined {
  try {
    // Most files asked for are absent (start-up flag files of other systems): no exception for those.
    return statSync(file, { throwIfNoEntry: false })?.isFile() === true ? readTextFile(file).text : undefined;
  } catch {
    return undefined;
  }
}

/** The disk as the daemon would see it: under --root, or / for a file under the real /etc; else next to the file. */
function diskEnvironment(documentPath: string, root: string | undefined): FileEnvironment {
  const hostRoot = root ?? (documentPath.startsWith('/etc/') ? '/' : undefined);
  const listNames = (directory: string): string[] | undefined => {
    try {
      return readdirSync(directory);
    } catch {
      return undefined;
    }
  };
  return {
    documentPath,
    workspaceRoots: hostRoot === undefined ? [process.cwd()] : [process.cwd(), hostRoot],
    exists: existsSync,
    readText: readSmallFile,
    listNames,
    ...(hostRoot === undefined ? {} : { root: hostRoot }),
    // Only the live host's own binaries tell its versions; a copied / under --root is never executed.
    ...(hostRoot === '/' ? { daemonVersionOutput: liveDaemonVersionOutput } : {}),
  };
}

/** Runs `ntpconf lint`; returns the exit status. Output goes through the given writers so tests can capture it. */
export function runLint(args: readonly string[], io: LintIo): number {
  let options: LintOptions;
  try {
    options = parseLintArguments(args, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`ntpconf: ${error.message}\n${lintUsage()}\n`);
    return 2;
  }
  const { language } = options;
  const settings = normalizeSettings({ dialect: options.dialect, chronyVersion: options.chronyVersion });
  const writeFile = io.writeFile ?? writeFileAtomically;
  const reports: FileReport[] = [];
  const sarifInputs: SarifInput[] = [];
  let ioFailed = false;
  for (const file of expandDirectories(options.files)) {
    let input: DecodedText;
    try {
      input = readInput(file, io);
    } catch (error) {
      io.stderr(cannotRead(file === '-' ? pick(STANDARD_INPUT, language) : file, error, language));
      ioFailed = true;
      continue;
    }
    const { text } = input;
    const target = lintTarget(file, input.text);
    const dialect = detectDocumentKind({ text: target.text, path: target.path, setting: options.dialect }).kind;
    // The user named this file, so its includes are checked under the current directory, and nowhere else.
    const files = file === '-' ? undefined : diskEnvironment(path.resolve(file), options.root);
    // A template is never rewritten: its masked text is not what the file holds.
    if (!options.fix || target.template !== undefined) {
      const findings = judgeableFindings(validateConfiguration(target.text, dialect, settings, { files }).findings, target.template);
      const diagnostics = findings.map((f) => toDiagnostic(f, language, fileUri(file)));
      reports.push({ file, dialect, diagnostics });
      sarifInputs.push({ file, diagnostics, findings });
      continue;
    }
    const fixed = fixAll(text, dialect, settings, { files }, validateConfiguration);
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
    const diagnostics = fixed.result.findings.map((f) => toDiagnostic(f, language, fileUri(file)));
    reports.push({ file, dialect, diagnostics, fixed: fixedEntries(fixed.applied, language) });
    sarifInputs.push({ file, diagnostics, findings: fixed.result.findings });
  }
  // The fixed config of - owns stdout; the report then goes to stderr.
  const report = options.fix && options.files.includes('-') ? io.stderr : io.stdout;
  // --quiet keeps errors only, in every format; the exit status still counts what was found.
  const shown = options.quiet ? reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 1) })) : reports;
  const counts = countSeverities(reports);
  if (options.format === 'json') report(JSON.stringify(shown, null, 2) + '\n');
  else if (options.format === 'sarif')
    report(
      JSON.stringify(
        sarif().toSarif(options.quiet ? sarifInputs.map((input, i) => ({ ...input, diagnostics: shown[i]!.diagnostics })) : sarifInputs, language),
        null,
        2,
      ) + '\n',
    );
  else {
    const lines = shown.flatMap((r) => formatText(r, language, io.colour === true));
    // Like ESLint, a clean run prints nothing; otherwise a last line counts what was found.
    if (counts.errors + counts.warnings + counts.infos > 0) lines.push(summaryLine(counts, reports.length, language));
    if (lines.length > 0) report(lines.join('\n') + '\n');
  }
  if (ioFailed) return 2;
  if (counts.errors > 0) return 1;
  return options.maxWarnings !== undefined && counts.warnings > options.maxWarnings ? 1 : 0;
}

function dispatch(argv: readonly string[]): number | Promise<number> {
  const stdout = descriptorOutput(1);
  const stderr = descriptorOutput(2);
  const io = {
    stdout: (s: string | Uint8Array) => stdout.write(s),
    stderr: (s: string) => stderr.write(s),
    env: process.env,
    readStdin: () => readDescriptor(0, 'standard input', MAX_LINT_BYTES),
  };
  const [command, ...rest] = argv;
  const usage: Record<string, () => string> = {
    lint: lintUsage,
    probe: () => probeCommand().PROBE_USAGE,
    'check-host': () => checkHostCommand().CHECK_HOST_USAGE,
    convert: () => convertCommand().CONVERT_USAGE,
  };
  // `ntpconf lint --help`: the usage on stdout and exit 0, like every subcommand (words after `--` are operands).
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (command !== undefined && Object.hasOwn(usage, command) && (options.includes('--help') || options.includes('-h'))) {
    io.stdout(usage[command]!() + '\n');
    return 0;
  }
  if (command === 'lint') return runLint(rest, { ...io, colour: !process.env['NO_COLOR'] && isTerminal(1) });
  if (command === 'probe') return probeCommand().startProbe(rest, io);
  if (command === 'check-host') return checkHostCommand().startCheckHost(rest, io);
  if (command === 'convert') return convertCommand().runConvert(rest, io);
  if (command === '--version' || command === '-V' || command === 'version') {
    io.stdout(`ntpconf ${toolVersion()}\n`);
    return 0;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(lintUsage() + '\n' + probeCommand().PROBE_USAGE + '\n' + checkHostCommand().CHECK_HOST_USAGE + '\n' + convertCommand().CONVERT_USAGE + '\n');
    return 0;
  }
  io.stderr(`ntpconf: ${command === undefined ? 'no command given' : `unknown command '${command}'`}\n${lintUsage()}\n`);
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
