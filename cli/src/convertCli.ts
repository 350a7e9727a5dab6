import { closeSync, existsSync, openSync, realpathSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomically } from '../../server/src/core/atomicWrite';
import { DEFAULT_CHRONY_VERSION, isDialect, isNtpFamily, type Dialect } from '../../server/src/core/dialect';
import { languageFromLocale, pick, type Language } from '../../server/src/core/localized';
import { particle } from '../../server/src/core/koreanParticles';
import { escapeForTerminal } from '../../server/src/core/terminalText';
import { readTextFile } from '../../server/src/core/textFile';
import { detectDocumentKind } from '../../server/src/formats/detectDocumentKind';
import { convertToChrony } from '../../server/src/features/convert/convert';
import type { ConversionNote, ConversionResult } from '../../server/src/features/convert/types';
import { normalizeSettings } from '../../server/src/core/settings';
import { validateText } from '../../server/src/engine/validate';
import { ArgumentReader, languageFromEnvironment, UsageError } from './cliArguments';
import { cannotRead, cannotWrite } from './lintMessages';

export const CONVERT_USAGE = `Usage: ntpconf convert [--from auto|ntpd|ntpsec|xntpd] [--chrony-version X.Y] [--keys NTP_KEYS] [--step-tickers FILE] [--output FILE] [--keys-output FILE] [--format text|json] [--lang en|ko] NTP_CONF
  Writes the chrony.conf for an ntp.conf (ntpd, NTPsec or xntpd) to stdout or --output, and the chrony.keys made
  from --keys to --keys-output. Comments stay with what they described; each line that changed meaning or has no
  chrony counterpart gets a note (summarised on stderr; all of them, as LSP diagnostics, with --format json).
  Files named by \`includefile\` are converted in place (a relative path is read next to NTP_CONF).
  Never writes over NTP_CONF or NTP_KEYS.
Exit status: 0 converted (notes may exist), 2 usage or I/O error.`;

interface ConvertIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  writeFile?: (file: string, data: Uint8Array) => void;
}

interface ConvertOptions {
  from: Dialect | 'auto';
  chronyVersion: string;
  keys?: string;
  stepTickers?: string;
  output?: string;
  keysOutput?: string;
  format: 'text' | 'json';
  language: Language;
  file: string;
}

function parseConvertArguments(args: readonly string[], env: NodeJS.ProcessEnv): ConvertOptions {
  let file: string | undefined;
  const options: Omit<ConvertOptions, 'file'> = { from: 'auto', chronyVersion: DEFAULT_CHRONY_VERSION, format: 'text', language: languageFromEnvironment(env) };
  const reader = new ArgumentReader(args);
  for (let word = reader.next(); word !== undefined; word = reader.next()) {
    const { arg, flag } = word;
    switch (flag) {
      case '--from': {
        const from = reader.value();
        if (from !== 'auto' && from !== 'ntpd' && from !== 'ntpsec' && from !== 'xntpd')
          throw new UsageError(`--from must be auto, ntpd, ntpsec or xntpd, not '${from}'`);
        options.from = from;
        break;
      }
      case '--chrony-version':
        options.chronyVersion = reader.value();
        if (!/^\d+\.\d+$/.test(options.chronyVersion)) throw new UsageError(`bad chrony version '${options.chronyVersion}'`);
        break;
      case '--keys':
        options.keys = reader.value();
        break;
      case '--step-tickers':
        options.stepTickers = reader.value();
        break;
      case '--output':
        options.output = reader.value();
        break;
      case '--keys-output':
        options.keysOutput = reader.value();
        break;
      case '--format': {
        const format = reader.value();
        if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format '${format}'`);
        options.format = format;
        break;
      }
      case '--lang':
        options.language = languageFromLocale(reader.value());
        break;
      case '--': {
        const operands = [...(file === undefined ? [] : [file]), ...reader.rest()];
        if (operands.length > 1) throw new UsageError('one NTP_CONF at a time');
        file = operands[0];
        break;
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}'`);
        if (file !== undefined) throw new UsageError('one NTP_CONF at a time');
        file = arg;
    }
  }
  if (file === undefined) throw new UsageError('no NTP_CONF given');
  if (options.keysOutput !== undefined && options.keys === undefined) throw new UsageError('--keys-output needs --keys');
  return { ...options, file };
}

/** An existing file is replaced atomically (keeping its mode); a new one is created exclusively with `mode`. */
function writeOutput(file: string, data: Uint8Array, mode: number): void {
  if (existsSync(file)) {
    writeFileAtomically(file, data);
    return;
  }
  const fd = openSync(file, 'wx', mode);
  try {
    for (let offset = 0; offset < data.length;) offset += writeSync(fd, data, offset, data.length - offset);
  } finally {
    closeSync(fd);
  }
}

/** The same file, even through links; a file that does not exist yet is nobody's input. */
function sameFile(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

const SEVERITY_WORDS = { en: ['error', 'warning', 'note', 'note'], ko: ['오류', '경고', '참고', '참고'] } as const;

function noteLine(file: string, note: ConversionNote, language: Language): string {
  const severity = SEVERITY_WORDS[language][note.severity - 1];
  return escapeForTerminal(`${file}:${note.range.start.line + 1}: ${severity} [${note.code}] ${pick(note.message, language)}`) + '\n';
}

/** What stderr says in text mode: every line left out or approximated, then how many notes in all. */
function textSummary(file: string, result: ConversionResult, language: Language): string {
  const shown = result.notes.filter((n) => n.severity <= 2 || n.code === 'not-converted');
  const summary =
    language === 'ko'
      ? `ntpconf: ${file}: 노트 ${result.notes.length}개 (전체 목록: --format json)\n`
      : `ntpconf: ${file}: ${result.notes.length} note(s) (all of them: --format json)\n`;
  return shown.map((n) => noteLine(file, n, language)).join('') + summary;
}

/** Runs `ntpconf convert`; returns the exit status. */
export function runConvert(args: readonly string[], io: ConvertIo): number {
  let options: ConvertOptions;
  try {
    options = parseConvertArguments(args, io.env);
    for (const [flag, target] of [
      ['--output', options.output],
      ['--keys-output', options.keysOutput],
    ] as const) {
      for (const input of [options.file, options.keys, options.stepTickers]) {
        if (target !== undefined && input !== undefined && sameFile(target, input)) throw new UsageError(`${flag} would write over the input ${input}`);
      }
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`ntpconf: ${error.message}\n${CONVERT_USAGE}\n`);
    return 2;
  }
  const { language } = options;
  const texts: Record<string, string | undefined> = {};
  for (const file of [options.file, options.keys, options.stepTickers]) {
    if (file === undefined) continue;
    try {
      texts[file] = readTextFile(file).text;
    } catch (error) {
      io.stderr(cannotRead(file, error, language));
      return 2;
    }
  }
  const text = texts[options.file] as string;
  const dialect = options.from === 'auto' ? detectDocumentKind({ text, path: options.file }).kind : options.from;
  if (!isDialect(dialect) || !isNtpFamily(dialect)) {
    const name = escapeForTerminal(options.file);
    const what =
      dialect === 'chrony'
        ? { en: 'is already a chrony configuration', ko: '이미 chrony 설정입니다' }
        : { en: `is a script (${dialect}), not an ntp.conf`, ko: `ntp.conf가 아니라 스크립트(${dialect})입니다` };
    io.stderr(
      language === 'ko'
        ? `ntpconf: ${name}${particle(options.file, '은')} ${what.ko} (ntp.conf라면 --from ntpd)\n`
        : `ntpconf: ${name} ${what.en} (if it is an ntp.conf, say --from ntpd)\n`,
    );
    return 2;
  }
  // `includefile` paths are absolute in practice; a relative one is read next to the input.
  const readInclude = (included: string): string | undefined => {
    try {
      return readTextFile(path.resolve(path.dirname(options.file), included)).text;
    } catch {
      return undefined;
    }
  };
  const result = convertToChrony(text, dialect as Exclude<Dialect, 'chrony'>, {
    chronyVersion: options.chronyVersion,
    readInclude,
    ...(options.keys !== undefined ? { keysText: texts[options.keys] } : {}),
    ...(options.stepTickers !== undefined ? { stepTickersText: texts[options.stepTickers] } : {}),
  });
  // The conversion is meant to pass our own linter for the target version; say so loudly if it ever does not.
  const errors = validateText(result.chronyConf, 'chrony', normalizeSettings({ chronyVersion: options.chronyVersion })).findings.filter(
    (f) => f.severity === 1,
  );
  for (const error of errors)
    io.stderr(
      escapeForTerminal(`ntpconf: the converted chrony.conf, line ${error.range.start.line + 1}: error [${error.code}] ${pick(error.message, language)}`) +
        '\n',
    );
  // chrony.keys holds secrets: a new one is readable by its owner only.
  const writes: [string | undefined, string | null, number][] = [
    [options.output, result.chronyConf, 0o644],
    [options.keysOutput, result.chronyKeys, 0o600],
  ];
  for (const [target, content, mode] of writes) {
    if (target === undefined || content === null) continue;
    try {
      if (io.writeFile !== undefined) io.writeFile(target, Buffer.from(content, 'utf8'));
      else writeOutput(target, Buffer.from(content, 'utf8'), mode);
    } catch (error) {
      io.stderr(cannotWrite(target, error, language));
      return 2;
    }
  }
  if (options.format === 'json') {
    const notes = result.notes.map((note) => ({
      range: note.range,
      severity: note.severity,
      code: note.code,
      source: 'ntpconf convert',
      message: pick(note.message, language),
    }));
    io.stdout(JSON.stringify({ file: options.file, dialect, chronyConf: result.chronyConf, chronyKeys: result.chronyKeys, notes }, null, 2) + '\n');
    return 0;
  }
  if (options.output === undefined) io.stdout(result.chronyConf);
  if (result.chronyKeys !== null && options.keysOutput === undefined) {
    io.stderr(
      language === 'ko'
        ? 'ntpconf: chrony.keys는 쓰지 않았습니다. --keys-output 파일을 주세요.\n'
        : 'ntpconf: chrony.keys was not written: name it with --keys-output.\n',
    );
  }
  io.stderr(textSummary(options.file, result, language));
  return 0;
}
