import type { Token } from '../../core/token';
import { commandRanges, isBlank, isQuote, isRedirection, lookalikes, slice, splitLines, unquote, words } from '../script/lexer';
import type {
  CommentLeader,
  LookalikeCharacter,
  ParsedW32time,
  RegistryKey,
  RegistryWrite,
  ScriptComment,
  ServiceCommand,
  W32tmCommand,
  W32tmSwitch,
} from '../script/types';
import { readPowerShellProperty, readRegAdd, readRegFileValue, readW32timeKey } from './parseRegistry';
import { ALL_SWITCH_NAMES, VERBS } from './w32tmCatalog';

const COMMENT = /^(\s*)(@?rem(?=\s|$)|::|#|;)(.*)$/i;
const REG_HEADER = /^\s*(Windows Registry Editor Version [\d.]+|REGEDIT4)\s*$/i;
const REG_SECTION = /^\s*\[(-?)([^\]]+)\]\s*$/;
const POWERSHELL_SIGN = /^[A-Za-z]+-[A-Za-z]+$|^\$/;
const SERVICE_CMDLETS = new Set(['start-service', 'stop-service', 'restart-service', 'set-service', 'get-service', 'suspend-service', 'resume-service']);
const PROPERTY_CMDLETS = new Set(['set-itemproperty', 'new-itemproperty', 'sp']);
const NET_ACTIONS = new Set(['start', 'stop', 'pause', 'continue']);
const W32TIME_SERVICE = /^w32t(?:ime|m)$/i;
/** Lines that can hold a W32Time statement; the rest of a script is skipped unread. */
const MAYBE_W32TIME = /w32t|\breg|\bnet|\bsc\b|sc\.exe|service|itemproperty|\bsp\b|[\^`]\s*$/i;

/** The program of a command word: `C:\Windows\System32\w32tm.exe` → `w32tm`. */
function programName(word: Token): string {
  const text = unquote(word).token.text.toLowerCase();
  return text.slice(Math.max(text.lastIndexOf('\\'), text.lastIndexOf('/')) + 1).replace(/\.exe$/, '');
}

/** `/name:value`, or several switches glued together (`/manualpeerlist:10.10.10.1/update`). */
function readSwitches(word: Token): W32tmSwitch[] {
  // PowerShell users sometimes quote the whole switch: "/manualpeerlist:a b".
  const inner = isQuote(word.text[0]) && word.text[1] === '/' ? unquote(word).token : word;
  const pieces: [number, number][] = [];
  let start = 0;
  let open = false;
  for (let i = 1; i < inner.text.length; i++) {
    const ch = inner.text[i] as string;
    if (isQuote(ch)) open = !open;
    if (open || ch !== '/') continue;
    const name = /^[a-z]+/i.exec(inner.text.slice(i + 1))?.[0]?.toLowerCase();
    if (name !== undefined && ALL_SWITCH_NAMES.has(name) && /^(:|\/|$)/.test(inner.text.slice(i + 1 + name.length))) {
      pieces.push([start, i]);
      start = i;
    }
  }
  pieces.push([start, inner.text.length]);
  return pieces.map(([from, to], index) => {
    const piece = slice(inner, from, to);
    const colon = piece.text.indexOf(':');
    const nameToken = colon === -1 ? piece : slice(piece, 0, colon);
    const base = { name: nameToken.text.slice(1).toLowerCase(), nameToken, glued: index > 0 };
    if (colon === -1) return base;
    const raw = slice(piece, colon + 1);
    const { token, quoted } = unquote(raw);
    return { ...base, value: { token, raw, quoted } };
  });
}

function readW32tm(program: Token, args: readonly Token[], line: number): W32tmCommand {
  const switches: W32tmSwitch[] = [];
  const strays: Token[] = [];
  let last: Token = program;
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as Token;
    if (isRedirection(word)) break;
    last = word;
    if (word.text.startsWith('/') || (isQuote(word.text[0]) && word.text[1] === '/')) switches.push(...readSwitches(word));
    else strays.push(word);
  }
  const verb = switches.find((s) => VERBS[s.name] !== undefined);
  return { line, program, switches, ...(verb ? { verb } : {}), strays, end: { line: last.line, character: last.end } };
}

function readService(
  tool: ServiceCommand['tool'],
  action: Token | undefined,
  service: Token | undefined,
  options: readonly Token[],
  line: number,
): ServiceCommand | undefined {
  if (action === undefined || service === undefined) return undefined;
  const name = unquote(service).token;
  return W32TIME_SERVICE.test(name.text) ? { line, tool, action, service: name, options } : undefined;
}

/** `Restart-Service w32time`, `Restart-Service -Name w32time -Force`. */
function readServiceCmdlet(cmdlet: Token, args: readonly Token[], line: number): ServiceCommand | undefined {
  const named = args.findIndex((w) => /^-name$/i.test(w.text));
  const service = named >= 0 ? args[named + 1] : args.find((w) => !w.text.startsWith('-'));
  return readService(
    'powershell',
    cmdlet,
    service,
    args.filter((w) => w !== service),
    line,
  );
}

interface Collected {
  commands: W32tmCommand[];
  services: ServiceCommand[];
  registry: RegistryWrite[];
  lookalikes: LookalikeCharacter[];
  powershell: boolean;
}

/** One command: only W32Time statements are kept, everything else in the script is ignored. */
function readCommand(all: readonly Token[], lines: readonly string[], out: Collected): void {
  const line = (all[0] as Token).line;
  let ws = all;
  while (ws.length > 0 && /^(@|call|&|\.)$/i.test((ws[0] as Token).text)) ws = ws.slice(1);
  const first = ws[0];
  if (first === undefined) return;
  if (POWERSHELL_SIGN.test(first.text)) out.powershell = true;
  const program = programName(first.text.startsWith('@') ? slice(first, 1) : first);
  const args = ws.slice(1);
  let kept: W32tmCommand | ServiceCommand | RegistryWrite | undefined;
  if (program === 'w32tm') kept = readW32tm(first.text.startsWith('@') ? slice(first, 1) : first, args, line);
  else if (program === 'net' && NET_ACTIONS.has(args[0]?.text.toLowerCase() ?? '')) kept = readService('net', args[0], args[1], args.slice(2), line);
  else if (program === 'sc') {
    const rest = args[0]?.text.startsWith('\\\\') ? args.slice(1) : args;
    kept = readService('sc', rest[0], rest[1], rest.slice(2), line);
  } else if (SERVICE_CMDLETS.has(program)) kept = readServiceCmdlet(first, args, line);
  else if (program === 'reg' && args[0]?.text.toLowerCase() === 'add') kept = readRegAdd(args.slice(1), line);
  else if (PROPERTY_CMDLETS.has(program)) kept = readPowerShellProperty(args, line);
  if (kept === undefined) return;
  if ('program' in kept) out.commands.push(kept);
  else if ('service' in kept) out.services.push(kept);
  else out.registry.push(kept);
  for (const word of all) out.lookalikes.push(...lookalikes(lines[word.line] ?? '', word.line, word.start, word.end));
}

/** Strips a PowerShell ` # comment` after code (outside quotes). */
function codeEnd(text: string): number {
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (isQuote(ch)) open = !open;
    else if (!open && ch === '#' && i > 0 && isBlank(text[i - 1])) return i;
  }
  return text.length;
}

/** Reads a batch file, a PowerShell script or a .reg file for its W32Time statements. */
export function parseW32time(source: string): ParsedW32time {
  const lines = splitLines(source);
  const comments: ScriptComment[] = [];
  const sections: RegistryKey[] = [];
  const out: Collected = { commands: [], services: [], registry: [], lookalikes: [], powershell: false };
  let regHeaderLine: number | undefined;
  let section: RegistryKey | undefined;
  let inBlockComment = false;
  let carried: Token[] = [];
  let sawHash = false;
  lines.forEach((text, line) => {
    if (inBlockComment || /^\s*<#/.test(text)) {
      inBlockComment = !text.includes('#>');
      sawHash = true;
      return;
    }
    if (regHeaderLine === undefined && REG_HEADER.test(text)) regHeaderLine = line;
    const comment = COMMENT.exec(text);
    if (comment !== null && carried.length === 0) {
      comments.push({ line, body: comment[3] as string });
      if (comment[2] === '#') sawHash = true;
      return;
    }
    const header = REG_SECTION.exec(text);
    if (header !== null && regHeaderLine !== undefined) {
      const start = text.indexOf(header[2] as string);
      section = header[1] === '-' ? undefined : readW32timeKey({ text: header[2] as string, line, start, end: start + (header[2] as string).length });
      if (section) sections.push(section);
      return;
    }
    if (regHeaderLine !== undefined) {
      const write = section === undefined ? undefined : readRegFileValue(text, line, section);
      if (write) {
        out.registry.push(write);
        out.lookalikes.push(...lookalikes(text, line, 0, text.length));
      }
      return;
    }
    if (carried.length === 0 && !MAYBE_W32TIME.test(text)) return;
    const end = codeEnd(text);
    const ranges = commandRanges(text, 0, end);
    ranges.forEach(([from, to], index) => {
      let ws = [...(index === 0 ? carried : []), ...words(text, line, from, to)];
      if (index === 0) carried = [];
      const tail = ws[ws.length - 1];
      // `^` (cmd) or a backtick (PowerShell) continues the command on the next line.
      if (index === ranges.length - 1 && tail !== undefined && (tail.text === '^' || tail.text === '`')) {
        carried = ws.slice(0, -1);
        return;
      }
      ws = ws.filter((w) => w.text.length > 0);
      if (ws.length > 0) readCommand(ws, lines, out);
    });
  });
  const commentLeader: CommentLeader = regHeaderLine !== undefined ? ';' : out.powershell || sawHash ? '#' : 'REM';
  const echoOff = /^\s*@echo\s+off\s*$/i.test(lines[0] ?? '') ? 1 : 0;
  return {
    kind: 'w32time',
    lineCount: lines.length,
    comments,
    commentLeader,
    fileCommentLine: regHeaderLine !== undefined ? regHeaderLine + 1 : echoOff,
    commands: out.commands,
    services: out.services,
    registry: out.registry,
    sections,
    lookalikes: out.lookalikes,
  };
}
