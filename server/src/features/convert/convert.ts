import type { Dialect } from '../../core/dialect';
import { parseConfig } from '../../formats/ntpconf/parser/parseConfig';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import { convertAccess } from './access';
import { ConversionContext } from './context';
import { defaultLines } from './defaults';
import { convertFiles } from './files';
import { convertKeyDirectives, convertKeysFile, trustedKeyIds } from './keys';
import { explainLine } from './notes';
import { convertRefclocks, hasLocalClock } from './refclocks';
import { convertSources } from './sources';
import { inlineIncludes } from './includes';
import type { ConversionNote, ConversionOptions, ConversionResult } from './types';
import { localized, type Localized } from '../../core/localized';

const DIALECT_NAMES: Record<Exclude<Dialect, 'chrony'>, string> = { ntpd: 'ntpd', ntpsec: 'NTPsec', xntpd: 'xntpd' };
// A modeline would make our own linter read the result as ntp.conf.
const MODELINE = /^\s*#\s*ntpconf:\s*dialect\s*=/i;

/** The original line, kept as a comment where nothing replaced it. */
function keptAsComment(line: ConfigLine): string {
  const end = line.tokens[line.tokens.length - 1]?.end ?? line.text.length;
  return `#  ${line.text.slice(line.tokens[0]?.start ?? 0, end)}`;
}

/**
 * Converts an ntp.conf of the ntpd family into chrony.conf: the admin's order and comments kept, every line
 * that changed meaning or was left out explained by a note on its input line.
 */
export function convertToChrony(text: string, dialect: Exclude<Dialect, 'chrony'>, options: ConversionOptions): ConversionResult {
  if (options.readInclude === undefined) return convertText(text, dialect, options);
  const { text: combined, origins } = inlineIncludes(text, dialect, options.readInclude);
  const label = (line: number): Localized => {
    const origin = origins[line];
    return origin?.kind === 'included'
      ? localized(`${origin.file} line ${origin.line + 1}`, `${origin.file} ${origin.line + 1}번 줄`)
      : localized(`line ${(origin?.line ?? line) + 1}`, `${(origin?.line ?? line) + 1}번 줄`);
  };
  const result = convertText(combined, dialect, options, label);
  const inputLines = text.split(/\r\n|\r|\n/);
  // Notes on included lines go on the `includefile` line of the input, naming the file and line they are about.
  const notes = result.notes.map((note): ConversionNote => {
    const origin = origins[note.range.start.line];
    if (origin === undefined || origin.kind === 'input')
      return origin === undefined
        ? note
        : { ...note, range: { start: { ...note.range.start, line: origin.line }, end: { ...note.range.end, line: origin.line } } };
    const where = label(note.range.start.line);
    const range = {
      start: { line: origin.includeLine, character: 0 },
      end: { line: origin.includeLine, character: inputLines[origin.includeLine]?.length ?? 0 },
    };
    return { ...note, range, message: localized(`${where.en}: ${note.message.en}`, `${where.ko}: ${note.message.ko}`) };
  });
  return { ...result, notes };
}

function convertText(text: string, dialect: Exclude<Dialect, 'chrony'>, options: ConversionOptions, lineLabel?: (line: number) => Localized): ConversionResult {
  const config = parseConfig(text, dialect);
  const context = new ConversionContext(config, options, lineLabel);
  const planned = new Map<ConfigLine, readonly string[]>();
  for (const area of [convertSources, convertRefclocks, convertAccess, convertKeyDirectives, convertFiles]) {
    for (const [line, lines] of area(context)) planned.set(line, lines);
  }
  const hasLocal = hasLocalClock(context);
  const out: string[] = [
    `# Converted from ${DIALECT_NAMES[dialect]}'s ntp.conf by ntpconf convert. Lines without a chrony counterpart are kept as comments; \`ntpconf convert --format json\` lists why.`,
  ];
  for (const line of config.lines) {
    if (line.tokens.length === 0) {
      if (line.commentKind === 'line' && MODELINE.test(line.text)) continue;
      out.push(line.text.trimEnd());
      continue;
    }
    // chrony has no trailing comments: the admin's note goes on its own line above what it described.
    if (line.commentKind === 'trailing' && line.comment !== undefined) out.push(line.comment.text.trimEnd());
    const converted = planned.get(line) ?? explainLine(line, context, hasLocal);
    if (converted.length === 0) out.push(keptAsComment(line));
    for (const chronyLine of converted) {
      out.push(chronyLine);
      context.emitted.add(chronyLine.split(' ')[0] as string);
    }
  }
  const defaults = defaultLines(context);
  while (out[out.length - 1] === '') out.pop();
  if (defaults.length > 0) out.push('', '# Added by ntpconf convert: what a chrony configuration is expected to have.', ...defaults);
  let chronyKeys: string | null = null;
  if (options.keysText !== undefined) {
    const keys = convertKeysFile(options.keysText, trustedKeyIds(context));
    chronyKeys = keys.text;
    const keysLine = config.directives.find((line) => line.tokens[0]?.text === 'keys');
    if (keys.untrusted > 0)
      context.note(
        keysLine ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        'untrusted-key',
        'information',
        `${keys.untrusted} key(s) were not in \`trustedkey\`: carried into chrony.keys commented out.`,
        `키 ${keys.untrusted}개가 \`trustedkey\`에 없었습니다. chrony.keys에 주석으로 옮겼습니다.`,
      );
  }
  const notes = [...context.notes].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { dialect, chronyConf: out.join('\n').replace(/\n+$/, '') + '\n', chronyKeys, notes };
}
