import * as path from 'node:path';
import type { Dialect } from '../core/dialect';
import type { FileEnvironment } from '../core/fileEnvironment';
import { findingFor, lineRange, SEVERITY, type Finding, type Severity } from '../core/finding';
import { CONFIGURATION_FRAGMENT, KNOWN_INCLUDES } from '../rules/includes/includes';
import { isNoConfiguration } from '../rules/syntax/syntax';
import { localized, type Localized } from '../core/localized';
import type { Settings } from '../core/settings';
import { directiveName, parseConfig } from '../formats/ntpconf/parser/parseConfig';
import type { ParsedConfig } from '../formats/ntpconf/parser/types';
import { includeDirectives } from '../formats/ntpconf/model/directiveIndex';
import { CONFIG_RULES } from '../rules/configRules';
import { enabled } from './documentFormats';
import { applySettings, NO_SUPPRESSIONS, readSuppressions, SUPPRESSION_MARKER } from './suppressions';
import { startupFacts } from './startupFlags';
import { reuseOrRun, wholeFileKey } from './wholeFileReuse';

const MAX_DEPTH = 5;

/** One line of the set as the daemon reads it, and where it came from. */
interface SetLine {
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

/** A configuration as the daemon sees it: the main file with what it includes spliced in where it includes it. */
interface ConfigurationSet {
  readonly main: string;
  /** Included files that were read, in the order the daemon reads them. */
  readonly fragments: readonly string[];
  /** Include targets we could not read: whole-configuration findings hold "unless FILE adds it". */
  readonly unavailable: readonly string[];
  readonly lines: readonly SetLine[];
  /** Set when the main file includes nothing: the set is exactly this parse of it. */
  readonly alone?: ParsedConfig;
}

/** A main file that includes nothing: its lines are built only if asked for (100k objects per edit of a large file). */
function mainAlone(main: string, config: ParsedConfig): ConfigurationSet {
  let lines: SetLine[] | undefined;
  return {
    main,
    fragments: [],
    unavailable: [],
    alone: config,
    get lines() {
      return (lines ??= config.lines.map((line) => ({ text: line.text, file: main, line: line.line })));
    },
  };
}

function globPattern(name: string): RegExp {
  const escaped = name
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${escaped}$`);
}

/** Where a path of the configuration is on this disk: under `root` (a host's `/`), or next to the document's `etc`. */
export function onDisk(target: string, from: string, env: FileEnvironment): string {
  if (!path.isAbsolute(target)) return path.resolve(path.dirname(from), target);
  if (env.root !== undefined) return path.join(env.root, target);
  const etc = env.documentPath.lastIndexOf(`${path.sep}etc${path.sep}`);
  if (target.startsWith('/etc/') && etc >= 0) return path.join(env.documentPath.slice(0, etc), target);
  return target;
}

function matching(directory: string, pattern: RegExp, env: FileEnvironment): string[] | undefined {
  const names = env.listNames?.(directory);
  return names === undefined
    ? undefined
    : names
        .filter((name) => pattern.test(name))
        .sort()
        .map((name) => path.join(directory, name));
}

/** The files one include line reads, in order; undefined when they cannot be known here. */
function targetsOf(name: string, args: readonly string[], from: string, dialect: Dialect, env: FileEnvironment): string[] | undefined {
  if (name === 'confdir' || name === 'sourcedir') {
    // chronyd reads *.conf (*.sources) of every directory, sorted by name; the first directory wins a name.
    const byName = new Map<string, string>();
    for (const directory of args) {
      const files = matching(onDisk(directory, from, env), name === 'confdir' ? /\.conf$/ : /\.sources$/, env);
      if (files === undefined) return undefined;
      for (const file of files) if (!byName.has(path.basename(file))) byName.set(path.basename(file), file);
    }
    return [...byName.keys()].sort().map((key) => byName.get(key) as string);
  }
  const target = args[0];
  if (target === undefined) return [];
  const resolved = onDisk(target, from, env);
  if (dialect === 'chrony' && /[*?[]/.test(path.basename(target))) return matching(path.dirname(resolved), globPattern(path.basename(target)), env);
  // NTPsec reads every *.conf of an included directory (ntp.d).
  if (dialect === 'ntpsec') {
    const inDirectory = matching(resolved, /\.conf$/, env);
    if (inDirectory !== undefined) return inDirectory;
  }
  return [resolved];
}

/** Splices the included files into the main file's lines, as the daemon reads them. */
export function collectConfigurationSet(
  mainPath: string,
  mainText: string,
  dialect: Dialect,
  env: FileEnvironment,
  mainConfig?: ParsedConfig,
): ConfigurationSet {
  const fragments: string[] = [];
  const unavailable: string[] = [];
  const lines: SetLine[] = [];
  const names = new Set(includeDirectives(dialect));
  if (
    mainConfig !== undefined &&
    !mainConfig.directives.some((line) => names.has(directiveName(line, dialect))) &&
    (dialect !== 'ntpsec' || configurationDirectoryParts(mainPath, env).every((part) => part === mainPath))
  )
    return mainAlone(mainPath, mainConfig);
  const visit = (file: string, text: string, depth: number, seen: ReadonlySet<string>): void => {
    const config = depth === 0 && mainConfig !== undefined ? mainConfig : parseConfig(text, dialect);
    for (const line of config.lines) {
      const keyword = line.tokens[0];
      const name = keyword === undefined ? '' : directiveName(line, dialect);
      if (!names.has(name)) {
        lines.push({ text: line.text, file, line: line.line });
        continue;
      }
      // The include line itself becomes a comment, so rules judge what it pulls in, not that it pulls something in.
      lines.push({ text: '#', file, line: line.line });
      const args = line.tokens.slice(1).map((token) => token.text);
      const known = args[0] !== undefined && KNOWN_INCLUDES.has(args[0]) && name === 'includefile';
      if (known) continue;
      const targets = depth < MAX_DEPTH ? targetsOf(name, args, file, dialect, env) : [];
      if (targets === undefined) {
        unavailable.push(args.join(' '));
        continue;
      }
      for (const target of targets) {
        if (seen.has(target)) continue;
        const included = env.readText?.(target);
        if (included === undefined) {
          unavailable.push(target);
          continue;
        }
        fragments.push(target);
        visit(target, included, depth + 1, new Set([...seen, target]));
      }
    }
  };
  visit(mainPath, mainText, 0, new Set([mainPath]));
  // NTPsec then reads every *.conf of the configuration directory next to its file (ntpd(8) FILES: /etc/ntp.d).
  for (const part of dialect === 'ntpsec' ? configurationDirectoryParts(mainPath, env) : []) {
    const included = part === mainPath || fragments.includes(part) ? undefined : env.readText?.(part);
    if (included === undefined) continue;
    fragments.push(part);
    visit(part, included, 1, new Set([mainPath, part]));
  }
  return { main: mainPath, fragments, unavailable, lines };
}

/** NTPsec's configuration directory: ntp.d beside the main file (or the directory a main file inside it sits in), its *.conf in ASCII order. */
function configurationDirectoryParts(mainPath: string, env: FileEnvironment): string[] {
  const directory = path.basename(path.dirname(mainPath)) === 'ntp.d' ? path.dirname(mainPath) : path.join(path.dirname(mainPath), 'ntp.d');
  return matching(directory, /\.conf$/, env) ?? [];
}

function lowered(severity: Severity): Severity {
  return Math.min(severity + 1, SEVERITY.information) as Severity;
}

function unless(message: Localized, files: readonly string[]): Localized {
  const list = files.map((file) => `\`${file}\``).join(', ');
  return localized(
    `${message.en} (Unless ${list} adds it: that file is not available here.)`,
    `${message.ko} (${list}에서 추가하지 않는다면. 그 파일은 여기서 읽을 수 없습니다.)`,
  );
}

/** A finding in an included file is reported on the main file's first line, naming the file and line. */
function inFragment(finding: Finding, file: string, line: number): Finding {
  // Its fixes edit the other file, so they are not offered here.
  return {
    code: finding.code,
    severity: finding.severity,
    ...(finding.tags ? { tags: finding.tags } : {}),
    ...(finding.detail ? { detail: finding.detail } : {}),
    range: lineRange(0, 0),
    message: localized(`${path.basename(file)}:${line + 1}: ${finding.message.en}`, `${path.basename(file)}:${line + 1}: ${finding.message.ko}`),
  };
}

/** A finding on a directive the service's start-up flags stand for: on the main file's first line, naming where the flags are. */
function fromStartupFlags(finding: Finding, sources: readonly string[]): Finding {
  const where = sources.join(', ');
  return {
    code: finding.code,
    severity: finding.severity,
    ...(finding.tags ? { tags: finding.tags } : {}),
    ...(finding.detail ? { detail: finding.detail } : {}),
    range: lineRange(0, 0),
    message: localized(`Start-up flags in ${where}: ${finding.message.en}`, `${where}의 시작 옵션: ${finding.message.ko}`),
  };
}

interface WholeSetOptions {
  readonly ntpdVersion?: string;
  /** The main file as validate() parsed it (incrementally, its lines carrying their memos), to reuse when the set is just that file. */
  readonly mainConfig?: ParsedConfig;
  /** The main file's text: without a suppression marker, its suppressions need no look at its lines. */
  readonly mainText?: string;
  /** The main file's previous version, whose set findings stand when no directive moved (wholeFileReuse). */
  readonly previousMainConfig?: ParsedConfig;
}

/** The main file's parse, when the set is exactly its lines (nothing included, no start-up directives): parsing the joined lines again would give the same lines. */
function sameAsMain(set: ConfigurationSet, extraDirectives: number, mainConfig: ParsedConfig | undefined): ParsedConfig | undefined {
  if (mainConfig === undefined || extraDirectives > 0 || set.fragments.length > 0 || set.unavailable.length > 0) return undefined;
  if (set.alone !== undefined && set.alone !== mainConfig) return undefined;
  if (set.alone === mainConfig) return mainConfig.hasByteOrderMark ? { ...mainConfig, hasByteOrderMark: false } : mainConfig;
  const lines = mainConfig.lines;
  if (set.lines.length !== lines.length) return undefined;
  for (let i = 0; i < lines.length; i++) if (set.lines[i]!.text !== lines[i]!.text) return undefined;
  // Joined lines carry no byte order mark (its line was tokenized as a blank already).
  return mainConfig.hasByteOrderMark ? { ...mainConfig, hasByteOrderMark: false } : mainConfig;
}

/**
 * The whole-configuration rules, once on the set, reported on the main file. Start-up flags the service passes
 * (`-f` drift file) count as configuration; an unavailable include lowers a finding and names the file.
 */
export function checkConfigurationSet(
  set: ConfigurationSet,
  dialect: Dialect,
  settings: Settings,
  env: FileEnvironment,
  options: WholeSetOptions = {},
): Finding[] {
  const facts = startupFacts(dialect, env);
  const reusable = sameAsMain(set, facts.directives.length, options.mainConfig);
  const config: ParsedConfig = reusable ?? parseConfig([...set.lines.map((line) => line.text), ...facts.directives].join('\n'), dialect);
  const context = {
    config,
    dialect,
    chronyVersion: settings.chronyVersion,
    profile: settings.profile,
    ...(options.ntpdVersion ? { ntpdVersion: options.ntpdVersion } : {}),
  };
  const findings: Finding[] = [];
  if (isNoConfiguration(config)) return findings;
  const runRules = (): Finding[] => {
    const raw: Finding[] = [];
    for (const rule of CONFIG_RULES)
      if (rule.meta.scope === 'configuration' && enabled(rule, dialect, settings)) for (const finding of rule.check(context)) raw.push(finding);
    return raw;
  };
  // Only a set that is the main file alone has the main file's directives: only then can the last findings stand.
  const ruleFindings =
    reusable === undefined
      ? runRules()
      : reuseOrRun(reusable, options.previousMainConfig, wholeFileKey('configuration', settings, options.ntpdVersion), runRules);
  for (const finding of ruleFindings) {
    // The main file alone: a finding on one of its lines is already where it belongs.
    if (reusable !== undefined && finding.range.start.line < reusable.lines.length) {
      findings.push(finding);
      continue;
    }
    const fromFlags = finding.range.start.line >= set.lines.length;
    const origin = set.lines[finding.range.start.line] ?? { file: set.main, line: 0, text: '' };
    let placed = fromFlags ? fromStartupFlags(finding, facts.sources) : origin.file === set.main ? finding : inFragment(finding, origin.file, origin.line);
    if (!fromFlags && origin.file === set.main && finding.range.start.line !== origin.line) {
      const delta = origin.line - finding.range.start.line;
      const shift = (p: { line: number; character: number }) => ({ line: p.line + delta, character: p.character });
      placed = {
        ...finding,
        range: { start: shift(finding.range.start), end: shift(finding.range.end) },
        ...(finding.fixes
          ? {
              fixes: finding.fixes.map((fix) => ({
                ...fix,
                edits: fix.edits.map((e) => ({ ...e, range: { start: shift(e.range.start), end: shift(e.range.end) } })),
              })),
            }
          : {}),
      };
    }
    if (set.unavailable.length > 0) placed = { ...placed, severity: lowered(placed.severity), message: unless(placed.message, set.unavailable) };
    findings.push(placed);
  }
  if (reusable !== undefined && options.mainText !== undefined && !options.mainText.includes(SUPPRESSION_MARKER))
    return applySettings(findings, settings, NO_SUPPRESSIONS);
  const mainConfig =
    reusable ??
    parseConfig(
      set.lines
        .filter((line) => line.file === set.main)
        .map((line) => line.text)
        .join('\n'),
      dialect,
    );
  return applySettings(findings, settings, readSuppressions(mainConfig));
}

/** The one notice a fragment gets: whole-configuration checks need its main file. */
export function fragmentNotice(main: string | undefined, dialect: Dialect): Finding {
  const example = dialect === 'chrony' ? '/etc/chrony/chrony.conf' : dialect === 'ntpsec' ? '/etc/ntpsec/ntp.conf' : '/etc/ntp.conf';
  const message =
    main === undefined
      ? localized(
          `This file is part of a larger configuration: only its lines are checked. Checks of the whole configuration (sources, drift file, access) need its main file: open the folder that holds it, or name it with \`# ntpconf: main=${example}\`.`,
          `이 파일은 더 큰 설정의 일부라서 줄만 검사합니다. 설정 전체에 대한 검사(소스, drift 파일, 접근 제한)에는 주 설정 파일이 필요합니다. 그 파일이 있는 폴더를 열거나 \`# ntpconf: main=${example}\`로 지정하세요.`,
        )
      : localized(
          `This file is part of the configuration of \`${main}\`: its lines are checked here, the whole configuration there.`,
          `이 파일은 \`${main}\` 설정의 일부입니다. 줄은 여기서, 설정 전체는 그 파일에서 검사합니다.`,
        );
  return findingFor(CONFIGURATION_FRAGMENT, lineRange(0, 0), message);
}

const MAIN_MODELINE = /^[#!;%]\s*ntpconf:.*\bmain\s*=\s*(\S+)/im;
const VERSION_MODELINE = /^[#!;%]\s*ntpconf:.*\b(chrony|ntpd)-version\s*=\s*(\d+\.\d+(?:\.\d+)?)/gim;
// Both modelines hold this; searching for it alone is ~8× faster than the line patterns on a file without one.
const MODELINE_HINT = /ntpconf:/i;

/** `# ntpconf: chrony-version=4.6` or `ntpd-version=4.2.6` in the file. */
export function modelineVersions(text: string): { chrony?: string; ntpd?: string } {
  const found: { chrony?: string; ntpd?: string } = {};
  if (!MODELINE_HINT.test(text)) return found;
  for (const match of text.matchAll(VERSION_MODELINE)) found[(match[1] as string).toLowerCase() as 'chrony' | 'ntpd'] = match[2] as string;
  return found;
}

/** The main files a fragment's path suggests, by each package's layout. */
function conventionalMains(documentPath: string, dialect: Dialect): string[] {
  const directory = path.dirname(documentPath);
  const parent = path.dirname(directory);
  const folder = path.basename(directory);
  if (dialect === 'chrony' && (folder === 'conf.d' || folder === 'sources.d'))
    return [path.join(parent, 'chrony.conf'), path.join(path.dirname(parent), 'chrony.conf')];
  if (dialect !== 'chrony' && folder === 'ntp.d') return [path.join(parent, 'ntp.conf')];
  if (dialect === 'ntpsec' && path.basename(parent) === 'ntp.d') return [path.join(path.dirname(parent), 'ntp.conf')];
  if (dialect !== 'chrony' && documentPath.endsWith(`${path.sep}ntp${path.sep}crypto${path.sep}pw`))
    return [path.join(path.dirname(path.dirname(parent)), 'ntp.conf')];
  return [];
}

/** A file that only makes sense inside another configuration, by where it lives. */
function looksLikeFragment(documentPath: string, dialect: Dialect): boolean {
  return conventionalMains(documentPath, dialect).length > 0 || /\.sources$/.test(documentPath);
}

type SetRole = { readonly role: 'main'; readonly set: ConfigurationSet } | { readonly role: 'fragment'; readonly main?: string };

/** Whether a document is a main file (with its set) or a fragment (with its main file when one is found that includes it). */
export function roleOf(text: string, dialect: Dialect, env: FileEnvironment, config?: ParsedConfig): SetRole {
  const named = MODELINE_HINT.test(text) ? MAIN_MODELINE.exec(text)?.[1] : undefined;
  const conventional = named !== undefined ? [onDisk(named, env.documentPath, env)] : conventionalMains(env.documentPath, dialect);
  const alone = named === undefined ? directoryAlone(conventional, dialect, env) : undefined;
  const candidates = alone === undefined ? conventional : [alone];
  for (const candidate of candidates) {
    const mainText = candidate === env.documentPath ? undefined : env.readText?.(candidate);
    if (mainText === undefined) continue;
    const set = collectConfigurationSet(candidate, mainText, dialect, env);
    if (set.fragments.includes(env.documentPath) || named !== undefined) return { role: 'fragment', main: candidate };
  }
  // The first *.conf of an ntp.d read alone heads its set, though it lives where fragments do.
  if (alone !== env.documentPath && (named !== undefined || looksLikeFragment(env.documentPath, dialect))) return { role: 'fragment' };
  return { role: 'main', set: collectConfigurationSet(env.documentPath, text, dialect, env, config) };
}

/**
 * With no ntp.conf beside ntp.d, NTPsec reads the directory alone: its first *.conf then heads the set (the
 * upstream ntp.d/default.conf pulls in its use-* snippets). Undefined when there is a main file, or it cannot be known.
 */
function directoryAlone(mains: readonly string[], dialect: Dialect, env: FileEnvironment): string | undefined {
  const main = mains[0];
  if (dialect !== 'ntpsec' || main === undefined || mains.length !== 1 || path.basename(main) !== 'ntp.conf') return undefined;
  if (env.readText === undefined || env.listNames === undefined || env.readText(main) !== undefined) return undefined;
  return configurationDirectoryParts(main, env)[0];
}
