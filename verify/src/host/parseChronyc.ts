import type { DaemonSource, HostTracking, LeapStatus, SourceMode, SourceState } from './types';

const CHRONY_STATES: Readonly<Record<string, SourceState>> = {
  '*': 'selected',
  '+': 'combined',
  '-': 'not-combined',
  x: 'falseticker',
  '~': 'too-variable',
  '?': 'unusable',
};

const CHRONY_MODES: Readonly<Record<string, SourceMode>> = { '^': 'server', '=': 'peer', '#': 'refclock' };

const UNIT_MS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, ms: 1, s: 1000 };

// `^* 127.0.0.1   8  -2   377     1   -121ns[ -178ns] +/- 2686ns`
const SOURCE_ROW = /^([\^=#])([*+\-x~? ])\s+(\S+)\s+(\d+)\s+(-?\d+)\s+([0-7]{1,3})\s+(\S+)\s+(.*)$/;
const SAMPLE = /^([+-]?\d+(?:\.\d+)?)(ns|us|ms|s)\s*\[\s*([+-]?\d+(?:\.\d+)?)(ns|us|ms|s)\s*\]\s*\+\/-\s*(\d+(?:\.\d+)?)(ns|us|ms|s)\s*$/;
// chronyc prints LastRx as seconds, then minutes, hours, days or years past a threshold.
const LAST_RX = /^(\d+)([mhdy]?)$/;
const LAST_RX_SECONDS: Readonly<Record<string, number>> = { '': 1, m: 60, h: 3600, d: 86_400, y: 31_536_000 };

/** Drops the binary noise of a unit change (0.002461 s is 2.461 ms, not 2.4609999999999996). */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

export function negate(value: number): number {
  return value === 0 ? 0 : -value;
}

function toMs(value: string, unit: string): number {
  return clean(Number(value) * (UNIT_MS[unit] ?? Number.NaN));
}

export function parseLastRx(text: string): number | null {
  const match = LAST_RX.exec(text);
  if (match === null) return null;
  return Number(match[1]) * (LAST_RX_SECONDS[match[2]!] ?? 1);
}

/** The rows of `chronyc -n sources [-v]`; the legend and headers of `-v` are skipped. */
export function parseChronySources(output: string): DaemonSource[] {
  const sources: DaemonSource[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const row = SOURCE_ROW.exec(raw.trimEnd());
    if (row === null) continue;
    const [, modeChar, tally, address, stratum, poll, reach, lastRx, sample] = row as unknown as [
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
    const lastRxSeconds = parseLastRx(lastRx);
    // Before the first sample chronyc prints zeros (`+0ns[ +0ns] +/- 0ns`): that is no measurement, not a perfect one.
    const offsets = lastRxSeconds === null ? null : SAMPLE.exec(sample);
    sources.push({
      tally,
      state: CHRONY_STATES[tally] ?? 'unknown',
      mode: CHRONY_MODES[modeChar] ?? 'unknown',
      address,
      refid: null,
      stratum: Number(stratum),
      pollSeconds: 2 ** Number(poll),
      reach: parseInt(reach, 8),
      lastRxSeconds,
      // chronyc's sign is "local clock ahead"; ours is "source ahead", like ntpq and Verify Servers.
      offsetMs: offsets ? negate(toMs(offsets[1]!, offsets[2]!)) : null,
      measuredOffsetMs: offsets ? negate(toMs(offsets[3]!, offsets[4]!)) : null,
      errorMs: offsets ? toMs(offsets[5]!, offsets[6]!) : null,
      delayMs: null,
      jitterMs: null,
    });
  }
  return sources;
}

/** `Key   : value` lines, keys lower-cased. */
export function labelledLines(output: string, separator: RegExp = /\s*:\s*/): Map<string, string> {
  const fields = new Map<string, string>();
  for (const raw of output.split(/\r?\n/)) {
    const match = separator.exec(raw);
    if (match === null || match.index === 0) continue;
    const key = raw.slice(0, match.index).trim().toLowerCase();
    if (!fields.has(key)) fields.set(key, raw.slice(match.index + match[0].length).trim());
  }
  return fields;
}

const SECONDS = /^([+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?) seconds?/i;
const FAST_SLOW = /^(\d+(?:\.\d+)?) (seconds|ppm) (fast|slow)/;

function secondsAsMs(text: string | undefined): number | null {
  const match = text === undefined ? null : SECONDS.exec(text);
  return match ? clean(Number(match[1]) * 1000) : null;
}

/** `0.000001042 seconds fast of NTP time` → +0.001042 ms; `0.018 ppm slow` → -0.018. */
function fastSlow(text: string | undefined): number | null {
  const match = text === undefined ? null : FAST_SLOW.exec(text);
  if (match === null) return null;
  const value = clean(Number(match[1]) * (match[2] === 'seconds' ? 1000 : 1));
  return match[3] === 'fast' ? value : -value;
}

const CHRONY_LEAP: Readonly<Record<string, LeapStatus>> = {
  normal: 'normal',
  'insert second': 'insert',
  'delete second': 'delete',
  'not synchronised': 'unsynchronized',
  'not synchronized': 'unsynchronized',
};

function integer(text: string | undefined): number | null {
  return text !== undefined && /^-?\d+$/.test(text) ? Number(text) : null;
}

/** `chronyc -n tracking`; null when the output has none of its fields (an error message instead). */
export function parseChronyTracking(output: string): HostTracking | null {
  const fields = labelledLines(output);
  if (!fields.has('reference id') && !fields.has('leap status')) return null;
  const reference = /^([0-9A-Fa-f]{8})\s*(?:\((.*)\))?/.exec(fields.get('reference id') ?? '');
  const leapText = fields.get('leap status') ?? null;
  const updateInterval = /^(\d+(?:\.\d+)?) seconds/.exec(fields.get('update interval') ?? '');
  return {
    referenceId: reference?.[1]?.toUpperCase() ?? null,
    referenceName: reference?.[2] ? reference[2] : null,
    stratum: integer(fields.get('stratum')),
    systemOffsetMs: fastSlow(fields.get('system time')),
    lastOffsetMs: secondsAsMs(fields.get('last offset')),
    rmsOffsetMs: secondsAsMs(fields.get('rms offset')),
    frequencyPpm: fastSlow(fields.get('frequency')),
    rootDelayMs: secondsAsMs(fields.get('root delay')),
    rootDispersionMs: secondsAsMs(fields.get('root dispersion')),
    updateIntervalSeconds: updateInterval ? Number(updateInterval[1]) : null,
    leap: leapText === null ? null : (CHRONY_LEAP[leapText.toLowerCase()] ?? null),
    leapText,
    version: null,
  };
}

/** chronyc's answer when chronyd is not running or its socket is not where chronyc looks. */
export function chronycCannotTalk(output: string): boolean {
  return /506 Cannot talk to daemon|Could not open|Permission denied|501 Not authorised/i.test(output);
}
