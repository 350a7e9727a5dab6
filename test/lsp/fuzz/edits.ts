import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Random } from './random';

const DIRECTIVES = [
  'server',
  'pool',
  'peer',
  'restrict',
  'fudge',
  'allow',
  'makestep',
  'refclock',
  'include',
  'includefile',
  'confdir',
  'driftfile',
  'keyfile',
  'local stratum',
  'tos',
  'nts',
  'w32tm /config',
  'reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\Parameters /v NtpServer /d',
  'export XNTPD=1',
  'start /usr/sbin/xntpd',
];
const WORDS = [
  'iburst',
  'minpoll 4',
  'maxpoll 17',
  'prefer',
  'key 7',
  '127.127.1.0',
  '::1',
  '10.0.0.0/8',
  'default',
  '-4',
  'nts',
  '"quoted',
  'time.bora.net',
  '/etc/ntp.d',
  '*.conf',
  '0x1',
  '1e9',
  'NaN',
];
/** The awkward text the brief names: line ends of every kind, a byte order mark, NUL, Korean, comments of each dialect. */
const PIECES = [
  '\r',
  '\r\n',
  '\n',
  '\n\n\n',
  '\ufeff',
  '\u0000',
  '시간 서버',
  '한국어 주석',
  '# c',
  ';',
  '!',
  '%',
  '\t',
  '  ',
  '"',
  '\\',
  '[HKEY_LOCAL_MACHINE\\',
  '\ud800',
];

function line(random: Random): string {
  const words = [random.pick(DIRECTIVES)];
  for (let i = random.below(5); i > 0; i--) words.push(random.pick([...WORDS, ...PIECES]));
  if (random.chance(0.3)) words.push('# note');
  return `${words.join(random.pick([' ', '\t', '   ']))}\n`;
}

/** What an edit inserts: mostly short lines, now and then a huge line or thousands of lines. */
export function insertion(random: Random): string {
  const roll = random.next();
  if (roll < 0.35) return line(random);
  if (roll < 0.6) return random.pick(PIECES);
  if (roll < 0.75) return random.pick(WORDS) + ' ';
  if (roll < 0.8) return '';
  if (roll < 0.86) return `server ${'a'.repeat(20_000 + random.below(100_000))} # ${random.pick(PIECES)}\n`;
  if (roll < 0.92) return Array.from({ length: 200 + random.below(3000) }, () => line(random)).join('');
  if (roll < 0.96) return `${'server s.example # c\n'.repeat(1000 + random.below(2000))}`;
  return random.pick(['\n'.repeat(20_000), ' \t'.repeat(30_000), '#'.repeat(50_000)]);
}

/** Any position, sometimes past the end of its line or of the document (the server must clamp, as editors do). */
export function position(random: Random, document: TextDocument): Position {
  const lineCount = document.lineCount;
  const lineNumber = random.chance(0.05) ? lineCount + random.below(3) : random.below(lineCount);
  const length = document.getText({ start: { line: lineNumber, character: 0 }, end: { line: lineNumber, character: Number.MAX_SAFE_INTEGER } }).length;
  return { line: lineNumber, character: random.chance(0.05) ? length + random.below(5) : random.below(length + 1) };
}

export function range(random: Random, document: TextDocument): Range {
  const a = position(random, document);
  if (random.chance(0.4)) return { start: a, end: a };
  const b = random.chance(0.7) ? { line: a.line + random.below(3), character: random.below(40) } : position(random, document);
  const aFirst = a.line < b.line || (a.line === b.line && a.character <= b.character);
  return aFirst ? { start: a, end: b } : { start: b, end: a };
}
