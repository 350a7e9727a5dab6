import { clean } from './parseChronyc';
import type { DaemonSource, HostTracking, LeapStatus, SourceMode } from './types';

// `w32tm /query /status` prints these nine fields in this order. Windows translates the labels (a Korean
// Windows prints Korean ones), so when the English labels are missing the fields are read by position.
const STATUS_FIELDS = [
  'leap indicator',
  'stratum',
  'precision',
  'root delay',
  'root dispersion',
  'referenceid',
  'last successful sync time',
  'source',
  'poll interval',
] as const;
type StatusField = (typeof STATUS_FIELDS)[number];

// `Peer:`, `State:`, `Time Remaining:`, `Mode:`, `Stratum:`, `PeerPoll Interval:`, `HostPoll Interval:` per peer.
const PEER_FIELDS = ['peer', 'state', 'time remaining', 'mode', 'stratum', 'peerpoll interval', 'hostpoll interval'] as const;
type PeerField = (typeof PEER_FIELDS)[number];

const W32_LEAP: readonly LeapStatus[] = ['normal', 'insert', 'delete', 'unsynchronized'];
const LABELLED = /^([^:]+?)\s*:\s?(.*)$/;

function labelled(lines: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (const line of lines) {
    const match = LABELLED.exec(line.trim());
    if (match) pairs.push([match[1]!.trim().toLowerCase(), match[2]!.trim()]);
  }
  return pairs;
}

/** Looks fields up by their English label, or by position when none of the labels is English. */
function byLabelOrPosition<F extends string>(pairs: readonly [string, string][], fields: readonly F[]): Map<F, string> {
  const known = new Set<string>(fields);
  const result = new Map<F, string>();
  const english = pairs.filter(([label]) => known.has(label));
  if (english.length > 0) {
    for (const [label, value] of english) if (!result.has(label as F)) result.set(label as F, value);
  } else if (pairs.length >= fields.length) {
    fields.forEach((field, i) => result.set(field, pairs[i]![1]));
  }
  return result;
}

function leadingInteger(text: string | undefined): number | null {
  const match = text === undefined ? null : /^(-?\d+)/.exec(text);
  return match ? Number(match[1]) : null;
}

function secondsAsMs(text: string | undefined): number | null {
  const match = text === undefined ? null : /^(-?\d+(?:\.\d+)?)s\b/.exec(text);
  return match ? clean(Number(match[1]) * 1000) : null;
}

/** `time.windows.com,0x9` → `time.windows.com`: the flags after the comma are w32time's, not part of the name. */
function stripPeerFlags(name: string): string {
  return name.replace(/,0x[0-9a-f]+$/i, '').trim();
}

function pollSeconds(text: string | undefined): number | null {
  const match = text === undefined ? null : /\((\d+)s\)/.exec(text);
  return match ? Number(match[1]) : null;
}

/** `w32tm /query /status`; null when the output is not that (an error such as "The service has not been started"). */
export function parseW32tmStatus(output: string): HostTracking | null {
  const fields = byLabelOrPosition<StatusField>(labelled(output.split(/\r?\n/)), STATUS_FIELDS);
  const leapText = fields.get('leap indicator');
  const stratum = leadingInteger(fields.get('stratum'));
  if (leapText === undefined || stratum === null) return null;
  const reference = /^0x([0-9A-Fa-f]{8})\s*(?:\((.*)\))?/.exec(fields.get('referenceid') ?? '');
  const source = fields.get('source');
  return {
    referenceId: reference?.[1]?.toUpperCase() ?? null,
    referenceName: source === undefined ? null : stripPeerFlags(source),
    stratum,
    systemOffsetMs: null,
    lastOffsetMs: null,
    rmsOffsetMs: null,
    frequencyPpm: null,
    rootDelayMs: secondsAsMs(fields.get('root delay')),
    rootDispersionMs: secondsAsMs(fields.get('root dispersion')),
    updateIntervalSeconds: pollSeconds(fields.get('poll interval')),
    leap: W32_LEAP[leadingInteger(leapText) ?? -1] ?? null,
    leapText,
    version: null,
  };
}

const W32_MODES: Readonly<Record<number, SourceMode>> = { 1: 'peer', 2: 'peer', 3: 'server', 5: 'broadcast' };

/**
 * `w32tm /query /peers`: one block per peer, separated by blank lines. `selected` is the status's Source, so the
 * peer it names gets the `*` of the other daemons.
 */
export function parseW32tmPeers(output: string, selected: string | null): DaemonSource[] {
  const blocks: string[][] = [[]];
  for (const line of output.split(/\r?\n/)) {
    if (line.trim() === '') blocks.push([]);
    else blocks[blocks.length - 1]!.push(line);
  }
  const peers: DaemonSource[] = [];
  for (const block of blocks) {
    const pairs = labelled(block);
    // The `#Peers: N` header block has one field; a peer block has seven.
    if (pairs.length < PEER_FIELDS.length) continue;
    const fields = byLabelOrPosition<PeerField>(pairs, PEER_FIELDS);
    const name = fields.get('peer');
    if (name === undefined) continue;
    const address = stripPeerFlags(name);
    const state = (fields.get('state') ?? '').toLowerCase();
    const isSelected = selected !== null && address.toLowerCase() === selected.toLowerCase();
    const stratum = leadingInteger(fields.get('stratum'));
    peers.push({
      tally: isSelected ? '*' : '',
      state: isSelected ? 'selected' : state === 'active' ? 'active' : state === 'pending' ? 'pending' : 'unknown',
      mode: W32_MODES[leadingInteger(fields.get('mode')) ?? 0] ?? 'unknown',
      address,
      refid: null,
      stratum,
      pollSeconds: pollSeconds(fields.get('peerpoll interval')),
      reach: null,
      lastRxSeconds: null,
      offsetMs: null,
      measuredOffsetMs: null,
      errorMs: null,
      delayMs: null,
      jitterMs: null,
    });
  }
  return peers;
}
