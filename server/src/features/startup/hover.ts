import type { Hover } from 'vscode-languageserver-types';
import { pick, type Language, type Localized } from '../../core/localized';
import type { Token } from '../../core/token';
import type { ParsedStartup } from '../../formats/script/types';
import { tokenRange } from '../../core/finding';
import { AIX_DOCS, NETDAEMONS_VARIABLES, XNTPD_OPTIONS } from '../../formats/startup/startupCatalog';

const within = (token: Token, line: number, character: number) => token.line === line && token.start <= character && character <= token.end;

function hover(lines: string[], token: Token): Hover {
  return { contents: { kind: 'markdown', value: lines.join('\n') }, range: tokenRange(token) };
}

/** The xntpd option under the cursor inside a word such as `"-x -g"`. */
function optionDoc(word: Token, character: number): Localized | undefined {
  const text = word.text;
  let start = character - word.start;
  while (start > 0 && !/[\s"']/.test(text[start - 1] as string)) start--;
  const option = /^-[a-zA-Z]/.exec(text.slice(start))?.[0];
  return option === undefined ? undefined : XNTPD_OPTIONS[option];
}

/** Hover for the NTP lines of netdaemons and rc.tcpip: the variables, the xntpd start line, xntpd options. */
export function startupHoverAt(script: ParsedStartup, line: number, character: number, language: Language): Hover | null {
  const valueLabel = language === 'ko' ? '값' : 'Value';
  for (const assignment of script.assignments) {
    if (assignment.line !== line) continue;
    const spec = NETDAEMONS_VARIABLES[assignment.name.text];
    if (spec === undefined) continue;
    if (within(assignment.name, line, character))
      return hover([`**${spec.name}** (/etc/rc.config.d/netdaemons)`, '', pick(spec.doc, language)], assignment.name);
    const word = [assignment.value, ...assignment.extra].find((w) => w !== undefined && within(w, line, character));
    if (word === undefined) continue;
    const option = spec.name === 'XNTPD_ARGS' ? optionDoc(word, character) : undefined;
    const meaning = option ?? spec.values?.[assignment.text];
    return hover([`**${spec.name}**`, '', `${valueLabel}: \`${word.text}\`${meaning ? ` → ${pick(meaning, language)}` : ''}`], word);
  }
  for (const start of script.xntpdStarts) {
    if (start.line !== line) continue;
    const docs = `[${language === 'ko' ? '문서' : 'Documentation'}](${AIX_DOCS.url})`;
    if (within(start.start, line, character)) return hover([`**start** (/etc/rc.tcpip)`, '', pick(AIX_DOCS.xntpdStart, language)], start.start);
    if (within(start.daemon, line, character)) return hover([`**/usr/sbin/xntpd**`, '', pick(AIX_DOCS.daemon, language), '', docs], start.daemon);
    const arg = start.args.find((a) => within(a, line, character));
    if (arg === undefined) continue;
    if (arg.text.includes('src_running')) return hover([`**$src_running**`, '', pick(AIX_DOCS.srcRunning, language)], arg);
    const option = optionDoc(arg, character);
    if (option) return hover([`**xntpd ${arg.text.replace(/["']/g, '')}**`, '', pick(option, language)], arg);
  }
  return null;
}
