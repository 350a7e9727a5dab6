import type { DialectSetting } from '../core/settings';
import { isDialect, type Dialect } from '../core/dialect';
import { localized, type Localized } from '../core/localized';

export interface DetectionInput {
  readonly text: string;
  readonly languageId?: string;
  /** File system path or URI path of the document. */
  readonly path?: string;
  readonly setting?: DialectSetting;
  /** A per-file choice the user made (status bar). */
  readonly override?: Dialect;
}

interface DetectedDialect {
  readonly dialect: Dialect;
  readonly reason: Localized;
}

// Indents are [^\S\n]*, not \s*: \s* runs across blank lines, which made each search quadratic (24 s on 65k blank lines).
const MODELINE = /^[#!;%]\s*ntpconf:\s*dialect\s*=\s*([a-z]+)/im;
const CHRONY_ONLY =
  /^[^\S\n]*(makestep|rtcsync|allow|deny|cmdallow|local\s+stratum|bindcmdaddress|hwtimestamp|leapsectz|maxupdateskew|sourcedir|confdir|ntsdumpdir|keyfile|minsamples|maxsamples|maxchange|maxslewrate)\b/im;
// chronyd compares driver names with strcmp: `refclock SHM` is chrony, NTPsec writes `refclock shm`.
const CHRONY_REFCLOCK = /^[^\S\n]*refclock[^\S\n]+(PPS|SHM|SOCK|PHC|RTC)\b/m;
// Source options only chronyd has (`port`, `minsamples`, `polltarget` …) mark a chrony file too.
const CHRONY_SOURCE_OPTION =
  /^[^\S\n]*(server|pool|peer)[^\S\n]+\S+[^\S\n].*\b(port|minsamples|maxsamples|polltarget|maxdelayratio|maxdelaydevratio|certset|extfield|presend|maxsources|offset)\b/im;
const NTP_ONLY =
  /^[^\S\n]*(restrict|fudge|tinker|tos|statsdir|filegen|statistics|trustedkey|includefile|enable|disable|broadcastdelay)\b|^[^\S\n]*server\s+127\.127\./m;
const NTPSEC_ONLY = /^[^\S\n]*(nts\b|refclock\s+[a-z]|unrestrict\b)|^[^\S\n]*server[^\S\n]+\S+[^\S\n].*\bnts\b/m;
const XNTPD_ONLY = /^[^\S\n]*(tracefile|authenticate|authdelay)\b/m;
const NTP4_ONLY = /^[^\S\n]*(pool|tos|tinker|restrict\s+-[46]|includefile)\b|\biburst\b/m;
const HEAD_BYTES = 65536;

/** Chooses the dialect: per-file choice, then modeline, then setting, then content, then path, then language. */
export function detectDialect(input: DetectionInput): DetectedDialect {
  if (input.override) return { dialect: input.override, reason: localized('chosen for this file', '이 파일에 대해 선택함') };
  // Looking at the head keeps detection cheap on 100k-line files.
  const head = input.text.slice(0, HEAD_BYTES);
  const modeline = MODELINE.exec(head)?.[1];
  if (isDialect(modeline)) return { dialect: modeline, reason: localized('from the `ntpconf: dialect=` comment', '`ntpconf: dialect=` 주석에 따름') };
  if (input.setting !== undefined && isDialect(input.setting))
    return { dialect: input.setting, reason: localized('from the ntpConfig.dialect setting', 'ntpConfig.dialect 설정에 따름') };

  const path = (input.path ?? '').replace(/\\/g, '/');
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  const chronyByName = input.languageId === 'chrony-conf' || /chrony/i.test(fileName) || /\/chrony\//.test(path) || fileName.endsWith('.sources');
  const ntpByName = input.languageId === 'ntp-conf' || /^ntp\.(conf|server|client)/.test(fileName) || /\/(ntpsec|ntp\.d|inet)\//.test(path);

  let family: 'chrony' | 'ntp';
  if (chronyByName) family = 'chrony';
  else if (ntpByName) family = 'ntp';
  else family = (CHRONY_ONLY.test(head) || CHRONY_REFCLOCK.test(head) || CHRONY_SOURCE_OPTION.test(head)) && !NTP_ONLY.test(head) ? 'chrony' : 'ntp';
  if (family === 'chrony') return { dialect: 'chrony', reason: localized('chrony configuration', 'chrony 설정 파일') };

  if (NTPSEC_ONLY.test(head))
    return { dialect: 'ntpsec', reason: localized('NTPsec-only syntax (nts, refclock names)', 'NTPsec 전용 문법(nts, refclock 이름)') };
  if (XNTPD_ONLY.test(head))
    return { dialect: 'xntpd', reason: localized('xntpd-only directives (tracefile, authenticate)', 'xntpd 전용 지시어(tracefile, authenticate)') };
  if (/\/ntpsec\/|\/ntp\.d\//.test(path)) return { dialect: 'ntpsec', reason: localized('NTPsec path', 'NTPsec 경로') };
  const solarisTemplate = /\/etc\/inet\/ntp\.conf$/.test(path) || fileName === 'ntp.server' || fileName === 'ntp.client';
  if (solarisTemplate && !NTP4_ONLY.test(head))
    return { dialect: 'xntpd', reason: localized('Solaris path without NTPv4 syntax', 'NTPv4 문법이 없는 Solaris 경로') };
  return { dialect: 'ntpd', reason: localized('ntp.conf (ntpd 4.2.8)', 'ntp.conf (ntpd 4.2.8)') };
}
