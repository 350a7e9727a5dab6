import { localized, type Localized } from '../../core/localized';
import { code, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import type { RegistryWrite } from '../../formats/script/types';
import { findingFor, tokenRange, type Finding, type Fix } from '../../core/finding';
import { formatFlags, PEER_FLAGS, type Peer } from '../../formats/w32time/peers';
import { insertAt, replaceToken } from '../../formats/ntpconf/edits';
import { allPeers, registryNumber, writesOf } from './w32timeFacts';

const meta: ScriptRuleMetaInput = {
  code: 'w32time-poll-interval',
  severity: 'warning',
  fixable: true,
  description: localized(
    `${code('SpecialPollInterval')} set while no peer of the file has the 0x1 flag (so it is ignored), or below 64 s.`,
    `파일의 어떤 피어에도 0x1 플래그가 없어 무시되는 ${code('SpecialPollInterval')}, 또는 64초 미만인 값.`,
  ),
  docs: { fix: 'add the `0x1` flag to the peers' },
};

/** Public servers, the pool among them, treat polling more often than every 64 s as abuse. */
const MIN_POLITE_SECONDS = 64;

/** Edits that add the SpecialInterval flag to every peer that lacks it. */
function addSpecialInterval(peers: readonly Peer[]): Fix['edits'] {
  return peers.flatMap((peer) => {
    if (peer.flags === undefined) return [insertAt(peer.host.line, peer.host.end, ',0x1')];
    if (peer.flagValue === undefined) return [];
    return [replaceToken(peer.flags, formatFlags(peer.flagValue | PEER_FLAGS.specialInterval))];
  });
}

/** `tooShort` is the interval in seconds when it is below the polite minimum. */
function headline(ignored: boolean, tooShort: number | undefined): Localized {
  if (ignored && tooShort !== undefined)
    return localized(
      `SpecialPollInterval is ignored (no peer has 0x1) and ${tooShort} s is too often. Add 0x1; use ${MIN_POLITE_SECONDS} s or more.`,
      `0x1 플래그가 있는 피어가 없어 SpecialPollInterval이 무시되고, ${tooShort}초는 너무 잦습니다. 0x1을 더하고 ${MIN_POLITE_SECONDS}초 이상으로 하세요.`,
    );
  if (ignored)
    return localized(
      "SpecialPollInterval is ignored: no peer has the 0x1 flag. Add 0x1 to the peers' flags.",
      '0x1 플래그가 있는 피어가 없어 SpecialPollInterval이 무시됩니다. 피어 플래그에 0x1을 더하세요.',
    );
  return localized(
    `SpecialPollInterval ${tooShort} s is too often for public servers and is overridden. Use ${MIN_POLITE_SECONDS} s or more.`,
    `SpecialPollInterval ${tooShort}초는 공용 서버에 너무 잦고 적용되지도 않습니다. ${MIN_POLITE_SECONDS}초 이상으로 하세요.`,
  );
}

function check(peers: readonly Peer[], lacking: readonly Peer[], write: RegistryWrite, seconds: number | undefined, effective: boolean): Finding | undefined {
  const ignored = peers.length > 0 && lacking.length === peers.length;
  const tooShort = seconds !== undefined && seconds < MIN_POLITE_SECONDS;
  if (!ignored && !tooShort) return undefined;
  // Name a few peers: a generated script can list thousands.
  const names =
    lacking
      .slice(0, 3)
      .map((p) => p.host.text)
      .join(', ') + (lacking.length > 3 ? ', …' : '');
  const en: string[] = [];
  const ko: string[] = [];
  if (ignored) {
    en.push(
      `SpecialPollInterval is used only for peers flagged 0x1 (SpecialInterval), and none of the peers set in this file (${names}) has it, so the value is ignored. Add 0x1 to the peers' flags.`,
    );
    ko.push(
      `SpecialPollInterval은 0x1(SpecialInterval) 플래그가 있는 피어에만 쓰이는데, 이 파일에서 설정한 피어(${names}) 중 그 플래그가 있는 것이 없어 값이 무시됩니다. 피어 플래그에 0x1을 더하세요.`,
    );
  }
  if (tooShort) {
    en.push(
      `${seconds} s is more often than the ${MIN_POLITE_SECONDS} s public servers accept, and since Windows 10 1703 the interval is raised to 2^MinPollInterval (64 s on domain controllers, 1024 s elsewhere by default), so ${seconds} s does not take effect. Use ${MIN_POLITE_SECONDS} s or more.`,
    );
    ko.push(
      `${seconds}초는 공용 서버가 허용하는 ${MIN_POLITE_SECONDS}초보다 잦고, Windows 10 1703부터는 간격이 2^MinPollInterval(기본값: 도메인 컨트롤러 64초, 그 밖 1024초)로 올려지므로 ${seconds}초는 적용되지 않습니다. ${MIN_POLITE_SECONDS}초 이상을 쓰세요.`,
    );
  }
  const name = write.name ?? write.key.token;
  const end = write.data ?? name;
  // The last write is the one that counts, and one fix for all peers is enough.
  const edits = ignored && effective ? addSpecialInterval(lacking) : [];
  return findingFor(
    meta,
    { start: tokenRange(name).start, end: name.line === end.line ? tokenRange(end).end : tokenRange(name).end },
    headline(ignored, tooShort ? seconds : undefined),
    {
      detail: localized(en.join(' '), ko.join(' ')),
      ...(edits.length > 0 ? { fixes: [{ title: localized(`Add the 0x1 flag to ${names}`, `${names}에 0x1 플래그 더하기`), preferred: true, edits }] } : {}),
    },
  );
}

/** SpecialPollInterval needs peers flagged 0x1, and below 64 s it is both impolite and overridden. */
export const w32timePollInterval = w32timeRule(meta, (script) => {
  const peers = allPeers(script);
  const lacking = peers.filter((p) => (p.flagValue === undefined ? p.flags === undefined : (p.flagValue & PEER_FLAGS.specialInterval) === 0));
  const writes = writesOf(script, 'TimeProviders\\NtpClient', 'SpecialPollInterval');
  return writes.flatMap((write, index) => check(peers, lacking, write, registryNumber(write), index === writes.length - 1) ?? []);
});
