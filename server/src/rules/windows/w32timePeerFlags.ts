import { localized, type Localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import type { Token } from '../../core/token';
import { code, insertFix, replaceFix, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import { findingFor, fitsHeadline, tokenRange, type Finding } from '../../core/finding';
import { flagNames, formatFlags, KNOWN_FLAG_BITS, PEER_FLAGS, type Peer } from '../../formats/w32time/peers';
import { peerListSites } from './w32timeFacts';

const meta: ScriptRuleMetaInput = {
  code: 'w32time-peer-flags',
  severity: 'warning',
  fixable: true,
  description: localized(
    'A W32Time peer (`NtpServer`, `/manualpeerlist`) without the client flag 0x8, or with meaningless flag bits.',
    '클라이언트 플래그 0x8이 없거나 의미 없는 플래그 비트가 있는 W32Time 피어(`NtpServer`, `/manualpeerlist`).',
  ),
  docs: { dialects: 'batch, PowerShell, `.reg`', fix: 'add the client flag (`,0x8`, or `0x1` → `0x9`)' },
};

const MODE_ADVICE = localized(
  'W32Time then talks to it in symmetric active mode, which servers such as ntpd with `restrict … nopeer` and pool servers may not answer.',
  '그러면 W32Time은 대칭 능동(symmetric active) 모드로 통신하는데, `restrict … nopeer`를 쓰는 ntpd나 풀 서버는 이에 응답하지 않을 수 있습니다.',
);

function named(value: number): string {
  return flagNames(value).join(' + ') || 'none';
}

/** Shows the peer while the headline fits: a peer name can be long. */
function withPeer(peer: string, make: (shown: Localized) => Localized): Localized {
  const full = make(localized(`Peer ${code(peer)}`, `피어 ${code(peer)}`));
  return fitsHeadline(full) ? full : make(localized('This peer', '이 피어'));
}

function noFlagsHeadline(host: string): Localized {
  return withPeer(host, (shown) =>
    localized(
      `${shown.en} has no flags (symmetric active mode). Add ${code(',0x8')} for client mode.`,
      `${shown.ko}에 플래그가 없습니다(대칭 능동 모드). 클라이언트 모드가 되도록 ${code(',0x8')}${particle(',0x8', '을')} 붙이세요.`,
    ),
  );
}

interface FlagProblems {
  readonly noClient: boolean;
  readonly both: boolean;
  readonly unknown: number;
  /** The client-mode flags the fix writes, when there is a fix. */
  readonly fixed: number | undefined;
}

/** The first problem of the flags, and the value to write (or the bits to remove when there is no fix). */
function flagsHeadline(peer: string, { noClient, both, unknown, fixed }: FlagProblems): Localized {
  const bits = formatFlags(unknown);
  let action: Localized;
  if (fixed !== undefined) {
    const value = formatFlags(fixed);
    action = localized(`Use ${code(value)}.`, `클라이언트 모드인 ${code(value)}${particle(value, '으로')} 바꾸세요.`);
  } else if (noClient) {
    action = localized(`Remove ${bits} and add 0x8.`, `${bits}${particle(bits, '을')} 빼고 0x8을 더하세요.`);
  } else if (both) {
    action = localized(`Remove ${bits} and 0x4.`, `${bits}${particle(bits, '과')} 0x4를 빼세요.`);
  } else {
    action = localized(`Remove ${bits}.`, `${bits}${particle(bits, '을')} 빼세요.`);
  }
  return withPeer(peer, (shown) => {
    if (noClient)
      return localized(
        `${shown.en} lacks the client flag 0x8 (symmetric active mode). ${action.en}`,
        `${shown.ko}에 클라이언트 플래그 0x8이 없습니다(대칭 능동 모드). ${action.ko}`,
      );
    if (both)
      return localized(
        `${shown.en} sets both SymmetricActive (0x4) and Client (0x8). ${action.en}`,
        `${shown.ko}에 SymmetricActive(0x4)와 Client(0x8)가 함께 있습니다. ${action.ko}`,
      );
    return localized(
      `${shown.en} has flag bits without meaning (${bits}). ${action.en}`,
      `${shown.ko}에 의미 없는 플래그 비트(${bits})가 있습니다. ${action.ko}`,
    );
  });
}

function check(peer: Peer): Finding | undefined {
  const host = peer.host.text;
  if (peer.flags === undefined) {
    return findingFor(meta, tokenRange(peer.host), noFlagsHeadline(host), {
      detail: localized(
        `Peer ${code(host)} has no flags. ${MODE_ADVICE.en} Add ${code(',0x8')} (client mode), or ${code(',0x9')} to also poll at SpecialPollInterval.`,
        `피어 ${code(host)}에 플래그가 없습니다. ${MODE_ADVICE.ko} ${code(',0x8')}(클라이언트 모드)을 붙이거나, SpecialPollInterval 주기로도 폴링하려면 ${code(',0x9')}를 붙이세요.`,
      ),
      fixes: [insertFix(localized(`Add ,0x8 to ${host}`, `${host}에 ,0x8 추가`), { line: peer.host.line, character: peer.host.end }, ',0x8')],
    });
  }
  const value = peer.flagValue;
  if (value === undefined) return undefined;
  const unknown = value & ~KNOWN_FLAG_BITS;
  const noClient = (value & PEER_FLAGS.client) === 0;
  const both = (value & PEER_FLAGS.client) !== 0 && (value & PEER_FLAGS.symmetricActive) !== 0;
  if (!noClient && !both && unknown === 0) return undefined;
  const flags = peer.flags as Token;
  const parts: { en: string; ko: string }[] = [];
  if (noClient)
    parts.push({
      en: `Peer ${code(`${host},${flags.text}`)} (${named(value)}) does not set the client flag 0x8. ${MODE_ADVICE.en}`,
      ko: `피어 ${code(`${host},${flags.text}`)}(${named(value)})에 클라이언트 플래그 0x8이 없습니다. ${MODE_ADVICE.ko}`,
    });
  if (both)
    parts.push({
      en: `Peer ${code(`${host},${flags.text}`)} sets both SymmetricActive (0x4) and Client (0x8); keep only client mode.`,
      ko: `피어 ${code(`${host},${flags.text}`)}에 SymmetricActive(0x4)와 Client(0x8)가 함께 있습니다. 클라이언트 모드만 남기세요.`,
    });
  if (unknown !== 0)
    parts.push({
      en: `Flag bits ${formatFlags(unknown)} have no meaning; the flags are 0x1, 0x2, 0x4 and 0x8.`,
      ko: `플래그 비트 ${formatFlags(unknown)}는 의미가 없습니다. 플래그는 0x1, 0x2, 0x4, 0x8뿐입니다.`,
    });
  const fixed = ((value & KNOWN_FLAG_BITS & ~PEER_FLAGS.symmetricActive) | PEER_FLAGS.client) >>> 0;
  const fixable = unknown === 0;
  return findingFor(
    meta,
    { start: tokenRange(peer.host).start, end: tokenRange(flags).end },
    flagsHeadline(`${host},${flags.text}`, { noClient, both, unknown, fixed: fixable ? fixed : undefined }),
    {
      detail: localized(parts.map((p) => p.en).join(' '), parts.map((p) => p.ko).join(' ')),
      ...(fixable
        ? {
            fixes: [
              replaceFix(localized(`Use ${formatFlags(fixed)} (client mode)`, `${formatFlags(fixed)}(클라이언트 모드)로 바꾸기`), flags, formatFlags(fixed)),
            ],
          }
        : {}),
    },
  );
}

/** Peers without the client flag are polled in symmetric active mode, which many NTP servers refuse. */
export const w32timePeerFlags = w32timeRule(meta, (script) => peerListSites(script).flatMap((site) => site.list.peers.flatMap((peer) => check(peer) ?? [])));
