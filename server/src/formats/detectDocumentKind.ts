import { isDialect } from '../core/dialect';
import { isScriptKind, type DocumentKind, type ScriptKind } from '../core/documentKind';
import { localized, type Localized } from '../core/localized';
import { detectDialect, type DetectionInput } from './detectDialect';

interface DetectedKind {
  readonly kind: DocumentKind;
  readonly reason: Localized;
}

const HEAD_BYTES = 65536;
const WINDOWS_LANGUAGES = new Set(['bat', 'powershell', 'reg', 'registry']);
const WINDOWS_FILE = /\.(bat|cmd|ps1|psm1|reg)$/i;
const SHELL_LANGUAGES = new Set(['shellscript', 'sh', 'ksh']);
const SHELL_FILE = /\.(sh|ksh|bash)$/i;
/** Any mention of the Windows Time tool or service: in a script we own nothing else. */
const W32TIME_MENTION = /\bw32t(?:m|ime)\b/i;
/** Lines that only a W32Time script has; used for files whose name says nothing. */
// Indents are [^\S\n]*, not \s*: \s* runs across blank lines, which made each search quadratic (seconds on 65k blank lines).
const W32TIME_LINE =
  /^[^\S\n]*(?:@?w32tm(?:\.exe)?\s+\/|reg(?:\.exe)?\s+add\s+\S*\\W32Time\b|\[HKEY_LOCAL_MACHINE\\[^\]\n]*\\W32Time\b|(?:net|sc(?:\.exe)?)\s+\S+\s+w32t(?:ime|m)\b)/im;
const HPUX_LINE = /^[^\S\n]*(?:export\s+)?(?:XNTPD|XNTPD_ARGS|NTPDATE_SERVER)\s*=/m;
const AIX_LINE = /^[^\S\n]*#?[^\S\n]*start\s+\/usr\/sbin\/xntpd\b/m;

const REASONS = {
  w32time: localized('Windows Time (W32Time) commands or registry settings', 'Windows 시간(W32Time) 명령 또는 레지스트리 설정'),
  hpux: localized('HP-UX /etc/rc.config.d/netdaemons', 'HP-UX /etc/rc.config.d/netdaemons'),
  aix: localized('AIX /etc/rc.tcpip', 'AIX /etc/rc.tcpip'),
  unrelated: localized('a script without NTP settings: nothing to check', 'NTP 설정이 없는 스크립트: 검사할 것이 없음'),
} as const;

function kindFromContent(head: string): ScriptKind | undefined {
  if (head.includes('NTP') && HPUX_LINE.test(head)) return 'hpux-netdaemons';
  if (head.includes('/usr/sbin/xntpd') && AIX_LINE.test(head)) return 'aix-rc-tcpip';
  return undefined;
}

/** W32TIME_LINE costs ~0.6 ms to compile, a tenth of a short lint: every line it matches names w32tm or W32Time. */
function hasW32timeLine(head: string): boolean {
  return W32TIME_MENTION.test(head) && W32TIME_LINE.test(head);
}

function detected(kind: ScriptKind): DetectedKind {
  const reason = kind === 'w32time' ? REASONS.w32time : kind === 'hpux-netdaemons' ? REASONS.hpux : kind === 'aix-rc-tcpip' ? REASONS.aix : REASONS.unrelated;
  return { kind, reason };
}

/** A script by its name or language; its content only decides whether it holds NTP lines. */
function scriptByName(input: DetectionInput, head: string): DetectedKind | undefined {
  const path = (input.path ?? '').replace(/\\/g, '/');
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  if (fileName === 'netdaemons') return detected('hpux-netdaemons');
  if (fileName === 'rc.tcpip') return detected('aix-rc-tcpip');
  const language = input.languageId ?? '';
  if (WINDOWS_LANGUAGES.has(language) || WINDOWS_FILE.test(fileName)) return detected(W32TIME_MENTION.test(head) ? 'w32time' : 'unrelated-script');
  if (SHELL_LANGUAGES.has(language) || SHELL_FILE.test(fileName))
    return detected(kindFromContent(head) ?? (hasW32timeLine(head) ? 'w32time' : 'unrelated-script'));
  return undefined;
}

/**
 * Chooses what a document is. Scripts are recognised by language or name before anything else (a `.cmd` file is
 * never an ntp.conf); a file whose name says nothing is a script only by unmistakable content and only when no
 * dialect was chosen; everything else is left to `detectDialect`.
 */
export function detectDocumentKind(input: DetectionInput): DetectedKind {
  const head = input.text.slice(0, HEAD_BYTES);
  if (input.override === undefined) {
    const byName = scriptByName(input, head);
    if (byName) return byName;
    if (isScriptKind(input.setting)) return detected(input.setting);
    const chosen = input.setting !== undefined && isDialect(input.setting);
    if (!chosen) {
      const byContent = hasW32timeLine(head) ? 'w32time' : kindFromContent(head);
      if (byContent) return detected(byContent);
    }
  }
  const { dialect, reason } = detectDialect(input);
  return { kind: dialect, reason };
}
