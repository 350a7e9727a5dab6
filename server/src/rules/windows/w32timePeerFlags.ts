import { localized } from '../../core/localized';
import type { Token } from '../../core/token';
import { code, insertFix, replaceFix, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
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

function check(peer: Peer): Finding | undefined {
  const host = peer.host.text;
  if (peer.flags === undefined) {
    return findingFor(
      meta,
      tokenRange(peer.host),
      localized(
        `Peer ${code(host)} has no flags. ${MODE_ADVICE.en} Add ${code(',0x8')} (client mode), or ${code(',0x9')} to also poll at SpecialPollInterval.`,
        `피어 ${code(host)}에 플래그가 없습니다. ${MODE_ADVICE.ko} ${code(',0x8')}(클라이언트 모드)을 붙이거나, SpecialPollInterval 주기로도 폴링하려면 ${code(',0x9')}를 붙이세요.`,
      ),
      { fixes: [insertFix(localized(`Add ,0x8 to ${host}`, `${host}에 ,0x8 추가`), { line: peer.host.line, character: peer.host.end }, ',0x8')] },
    );
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
    localized(parts.map((p) => p.en).join(' '), parts.map((p) => p.ko).join(' ')),
    {
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
