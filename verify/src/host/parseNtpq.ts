import { negate } from './parseChronyc';
import type { DaemonSource, HostTracking, LeapStatus, SourceMode, SourceState } from './types';

// ntpq's tally codes (ntpq(1), "peers"): the selection outcome of each association.
const NTPQ_STATES: Readonly<Record<string, SourceState>> = {
  '*': 'selected',
  o: 'pps',
  '+': 'candidate',
  '#': 'backup',
  '-': 'outlier',
  '.': 'excess',
  x: 'falseticker',
  ' ': 'rejected',
};

// The `t` column: unicast, symmetric peer, local refclock, pool, broadcast and multicast kinds.
const NTPQ_MODES: Readonly<Record<string, SourceMode>> = {
  u: 'server',
  s: 'peer',
  l: 'refclock',
  p: 'pool',
  b: 'broadcast',
  B: 'broadcast',
  m: 'broadcast',
  M: 'broadcast',
  A: 'broadcast',
};

const DURATION = /^(\d+)([mhd]?)$/;
const DURATION_SECONDS: Readonly<Record<string, number>> = { '': 1, m: 60, h: 3600, d: 86_400 };
const COLUMNS = 10;

function duration(text: string): number | null {
  const match = DURATION.exec(text);
  return match ? Number(match[1]) * (DURATION_SECONDS[match[2]!] ?? 1) : null;
}

function decimal(text: string | undefined): number | null {
  if (text === undefined || !/^[+-]?\d+(?:\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/**
 * `ntpq -pn`: remote, refid, st, t, when, poll, reach, delay, offset, jitter (ms). A long remote (IPv6) is printed
 * alone and the other columns go on the next line.
 */
export function parseNtpqPeers(output: string): DaemonSource[] {
  const lines = output.split(/\r?\n/);
  const ruler = lines.findIndex((l) => /^=+$/.test(l.trim()));
  if (ruler < 0) return [];
  const sources: DaemonSource[] = [];
  for (let i = ruler + 1; i < lines.length; i++) {
    let line = lines[i]!.trimEnd();
    if (line.length < 2) continue;
    const tally = line[0]!;
    let words = line.slice(1).trim().split(/\s+/);
    if (words.length === 1 && i + 1 < lines.length) {
      line = `${line} ${lines[++i]!.trim()}`;
      words = line.slice(1).trim().split(/\s+/);
    }
    if (words.length < COLUMNS) continue;
    const [remote, refid, stratum, type, , poll, reach, delay, offset, jitter] = words as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const when = words[4]!;
    sources.push({
      tally,
      state: NTPQ_STATES[tally] ?? 'unknown',
      mode: NTPQ_MODES[type] ?? 'unknown',
      address: remote,
      refid,
      stratum: /^\d+$/.test(stratum) ? Number(stratum) : null,
      pollSeconds: duration(poll),
      reach: /^[0-7]{1,3}$/.test(reach) ? parseInt(reach, 8) : null,
      lastRxSeconds: when === '-' ? null : duration(when),
      offsetMs: decimal(offset),
      measuredOffsetMs: null,
      errorMs: null,
      delayMs: decimal(delay),
      jitterMs: decimal(jitter),
    });
  }
  return sources;
}

/** `name=value` pairs of `ntpq -c rv`; quoted values keep their commas. */
export function parseNtpqVariables(output: string): Map<string, string> {
  const variables = new Map<string, string>();
  const pair = /([A-Za-z_][\w.]*)=("[^"]*"|[^,\r\n]*)/g;
  for (const match of output.matchAll(pair)) {
    const value = match[2]!.trim();
    variables.set(match[1]!, value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value);
  }
  return variables;
}

const NTP_LEAP: readonly LeapStatus[] = ['normal', 'insert', 'delete', 'unsynchronized'];

/** The two leap bits, printed `00`…`11` (or a decimal 0–3 by some builds). */
export function leapFromBits(text: string | undefined): LeapStatus | null {
  if (text === undefined) return null;
  const value = /^[01]{2}$/.test(text) ? parseInt(text, 2) : /^[0-3]$/.test(text) ? Number(text) : Number.NaN;
  return NTP_LEAP[value] ?? null;
}

/** `ntpq -c rv` system variables; null when the output has no `leap=` or `stratum=` (an error instead). */
export function parseNtpqTracking(output: string): HostTracking | null {
  const v = parseNtpqVariables(output);
  if (!v.has('leap') && !v.has('stratum')) return null;
  const leapText = v.get('leap') ?? null;
  const stratum = v.get('stratum');
  return {
    referenceId: v.get('refid') ?? null,
    referenceName: null,
    stratum: stratum !== undefined && /^\d+$/.test(stratum) ? Number(stratum) : null,
    // ntpd's offset is its estimate of (reference − system), in ms; turned to "system ahead", like chronyc's "fast".
    systemOffsetMs: negateNullable(decimal(v.get('offset'))),
    lastOffsetMs: null,
    rmsOffsetMs: decimal(v.get('sys_jitter')),
    frequencyPpm: decimal(v.get('frequency')),
    rootDelayMs: decimal(v.get('rootdelay')),
    rootDispersionMs: decimal(v.get('rootdisp')),
    updateIntervalSeconds: null,
    leap: leapFromBits(leapText ?? undefined),
    leapText,
    version: v.get('version') ?? null,
  };
}

function negateNullable(value: number | null): number | null {
  return value === null ? null : negate(value);
}

/** NTPsec says so in its version string (`ntpd ntpsec-1.2.2`); classic ntpd says `ntpd 4.2.8p15…`. */
export function ntpFlavor(version: string | null): 'ntpd' | 'ntpsec' {
  return version !== null && /ntpsec/i.test(version) ? 'ntpsec' : 'ntpd';
}

/** ntpq could not reach ntpd (not running, or refused). */
export function ntpqCannotTalk(output: string): boolean {
  return /Connection refused|timed out|nothing received|Request timed out|No association|read: |write to .* failed/i.test(output);
}
