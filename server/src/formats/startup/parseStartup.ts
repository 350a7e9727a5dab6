import type { Token } from '../../core/token';
import { splitLines, token, unquote, words } from '../script/lexer';
import type { ParsedStartup, ScriptComment, ShellAssignment, XntpdStart } from '../script/types';
import { NETDAEMONS_VARIABLES } from './startupCatalog';

const ASSIGNMENT = /^(\s*)(export\s+)?([A-Za-z_][A-Za-z0-9_]*)(\s*=\s*)(.*)$/;
const XNTPD_START = /^(\s*)(#\s*)?(start)(\s+)(\/usr\/sbin\/xntpd)(?=\s|$)(.*)$/;
const COMMENT = /^\s*#(.*)$/;

/** The words of a shell line up to a `#` comment. */
function shellWords(text: string, line: number, from: number): Token[] {
  const all = words(text, line, from);
  const comment = all.findIndex((w) => w.text.startsWith('#'));
  return comment === -1 ? all : all.slice(0, comment);
}

function readAssignment(text: string, line: number, match: RegExpExecArray): ShellAssignment {
  const [, indent = '', exportWord = '', name = '', equals = ''] = match;
  const nameStart = indent.length + exportWord.length;
  const equalsStart = nameStart + name.length;
  const valueStart = equalsStart + equals.length;
  // `NAME= value` assigns nothing and runs `value`: a blank right after `=` ends the value.
  const rest = /\s$/.test(equals) ? [] : shellWords(text, line, valueStart);
  const value = rest[0] !== undefined && rest[0].start === valueStart ? rest[0] : undefined;
  const extra = value === undefined ? shellWords(text, line, valueStart) : rest.slice(1);
  return {
    line,
    exported: exportWord.length > 0,
    name: token(name, line, nameStart),
    equals: token(equals, line, equalsStart),
    ...(value ? { value } : {}),
    text: value === undefined ? '' : unquote(value).token.text,
    extra,
  };
}

function readXntpdStart(text: string, line: number, match: RegExpExecArray): XntpdStart {
  const [, indent = '', mark, start = '', gap = '', daemon = ''] = match;
  const markStart = indent.length;
  const startAt = markStart + (mark?.length ?? 0);
  const daemonAt = startAt + start.length + gap.length;
  return {
    line,
    ...(mark ? { commentMark: token(mark, line, markStart) } : {}),
    start: token(start, line, startAt),
    daemon: token(daemon, line, daemonAt),
    args: shellWords(text, line, daemonAt + daemon.length),
  };
}

/** Reads /etc/rc.config.d/netdaemons (HP-UX) or /etc/rc.tcpip (AIX) for the lines that start xntpd. */
export function parseStartup(source: string, kind: ParsedStartup['kind']): ParsedStartup {
  const lines = splitLines(source);
  const comments: ScriptComment[] = [];
  const assignments: ShellAssignment[] = [];
  const xntpdStarts: XntpdStart[] = [];
  lines.forEach((text, line) => {
    const start = XNTPD_START.exec(text);
    if (start !== null) xntpdStarts.push(readXntpdStart(text, line, start));
    const comment = COMMENT.exec(text);
    if (comment !== null) {
      comments.push({ line, body: comment[1] as string });
      return;
    }
    const assignment = ASSIGNMENT.exec(text);
    if (assignment !== null && NETDAEMONS_VARIABLES[assignment[3] as string] !== undefined) assignments.push(readAssignment(text, line, assignment));
  });
  return {
    kind,
    lineCount: lines.length,
    comments,
    commentLeader: '#',
    fileCommentLine: lines[0]?.startsWith('#!') ? 1 : 0,
    assignments,
    xntpdStarts,
  };
}
