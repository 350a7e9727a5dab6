import { localized, type Localized } from '../../server/src/core/localized';
import type { IgnoredReason } from './ntpExchange';
import { formatMilliseconds, formatSeconds } from './format';
import type { AddressObservation, Verdict, VerdictCode } from './types';
import type { UnsynchronizedReason } from './verdicts';

function verdict(code: VerdictCode, severity: Verdict['severity'], message: Localized): Verdict {
  return { code, severity, message };
}

const RESOLVE_ERRORS: Readonly<Record<string, Localized>> = {
  ENOTFOUND: localized('no such name', '그런 이름이 없음'),
  ENODATA: localized('the name has no address', '이름에 주소가 없음'),
  EAI_AGAIN: localized('the DNS server did not answer', 'DNS 서버가 응답하지 않음'),
  ETIMEOUT: localized('no answer in time', '제한 시간 안에 응답 없음'),
  ESERVFAIL: localized('the DNS server failed to answer', 'DNS 서버가 응답하지 못함'),
  EREFUSED: localized('the DNS server refused the query', 'DNS 서버가 질의를 거부함'),
  ECONNREFUSED: localized('no DNS server is listening', 'DNS 서버가 수신 대기하고 있지 않음'),
  ABORTED: localized('cancelled', '취소됨'),
};

export function describeResolveError(code: string): Localized {
  return RESOLVE_ERRORS[code] ?? localized(code, code);
}

export function unresolved(host: string, code: string): Verdict {
  const why = describeResolveError(code);
  return verdict(
    'unresolved',
    'warning',
    localized(
      `\`${host}\` did not resolve (${why.en}). Check the name and this machine's DNS settings; the daemon cannot use it either.`,
      `\`${host}\` 이름을 주소로 바꾸지 못했습니다(${why.ko}). 이름과 이 컴퓨터의 DNS 설정을 확인하세요. 데몬도 이 소스를 쓸 수 없습니다.`,
    ),
  );
}

const CONNECT_ERRORS: Readonly<Record<string, Localized>> = {
  ENETUNREACH: localized('no route to that network', '그 네트워크로 가는 경로가 없음'),
  EHOSTUNREACH: localized('no route to that host', '그 호스트로 가는 경로가 없음'),
  EADDRNOTAVAIL: localized('no local address can reach it', '닿을 수 있는 로컬 주소가 없음'),
  EACCES: localized('sending was not permitted', '전송이 허용되지 않음'),
  EPERM: localized('a local firewall refused the packet', '로컬 방화벽이 패킷을 거부함'),
};

export function unreachable(o: AddressObservation, timeoutMs: number): Verdict {
  const where = `${o.address} (UDP ${o.port})`;
  if (o.refused > 0) {
    return verdict(
      'unreachable',
      'warning',
      localized(
        `Nothing listens on ${where}: the host answered "port unreachable". Is the NTP daemon running there, on port ${o.port}?`,
        `${where}에서 응답하는 프로그램이 없습니다. 호스트가 '포트 도달 불가'로 답했습니다. 그 호스트에서 NTP 데몬이 ${o.port} 포트로 실행 중인지 확인하세요.`,
      ),
    );
  }
  const code = o.errors[0];
  if (code !== undefined) {
    const why = CONNECT_ERRORS[code] ?? localized(code, code);
    const v6 = o.address.includes(':');
    return verdict(
      'unreachable',
      'warning',
      localized(
        `Cannot send to ${where}: ${why.en} (${code}).${v6 ? ' This machine may have no IPv6 connectivity.' : ''}`,
        `${where} 주소로 보낼 수 없습니다: ${why.ko}(${code}).${v6 ? ' 이 컴퓨터에 IPv6 연결이 없을 수 있습니다.' : ''}`,
      ),
    );
  }
  const seconds = formatSeconds(timeoutMs);
  return verdict(
    'unreachable',
    'warning',
    localized(
      `No answer from ${where} to ${o.timeouts} request(s), ${seconds} each. Is UDP port ${o.port} blocked by a firewall on the way, or is the server down?`,
      `${where} 서버가 요청 ${o.timeouts}개에 각각 ${seconds} 안에 응답하지 않았습니다. 중간의 방화벽이 UDP ${o.port} 포트를 막고 있거나 서버가 꺼져 있을 수 있습니다.`,
    ),
  );
}

const IGNORED_REASONS: Readonly<Record<IgnoredReason, Localized>> = {
  short: localized('shorter than an NTP header (48 bytes)', 'NTP 헤더(48바이트)보다 짧음'),
  'not-server-mode': localized('not in server mode', '서버 모드(4)가 아님'),
  'bad-version': localized('unknown NTP version', '알 수 없는 NTP 버전'),
  'origin-mismatch': localized('origin timestamp does not match our request', '원점 타임스탬프가 우리 요청과 다름'),
  'negative-delay': localized('inconsistent timestamps (negative delay)', '타임스탬프가 모순됨(음수 지연)'),
};

export function describeIgnored(reason: IgnoredReason): Localized {
  return IGNORED_REASONS[reason];
}

export function invalidReply(address: string, ignored: AddressObservation['ignored']): Verdict {
  const entries = Object.entries(ignored) as [IgnoredReason, number][];
  const count = entries.reduce((a, [, n]) => a + n, 0);
  const en = entries.map(([r, n]) => `${n}× ${IGNORED_REASONS[r].en}`).join('; ');
  const ko = entries.map(([r, n]) => `${n}개 ${IGNORED_REASONS[r].ko}`).join('; ');
  return verdict(
    'invalid-reply',
    'warning',
    localized(
      `${address} sent ${count} datagram(s) but none was a valid answer (${en}). It may not be an NTP server, or something on the way alters the packets.`,
      `${address} 서버가 데이터그램 ${count}개를 보냈지만 올바른 응답이 없었습니다(${ko}). NTP 서버가 아니거나 중간에서 패킷을 바꾸고 있을 수 있습니다.`,
    ),
  );
}

export function accessRefused(address: string, code: string): Verdict {
  return verdict(
    'access-refused',
    'warning',
    localized(
      `${address} refuses to serve this machine (kiss code ${code}): its access rules (restrict, deny) exclude us. Querying it stopped.`,
      `${address} 서버가 이 컴퓨터에 시간을 주지 않습니다(키스 코드 ${code}). 서버의 접근 제어(restrict, deny)에 막혔습니다. 이 서버에 대한 질의를 멈췄습니다.`,
    ),
  );
}

export function rateLimited(address: string): Verdict {
  return verdict(
    'rate-limited',
    'information',
    localized(
      `${address} asked us to slow down (kiss code RATE), so querying it stopped. If the daemon gets this too, raise minpoll or drop burst.`,
      `${address} 서버가 질의를 줄이라고 요청해(키스 코드 RATE) 질의를 멈췄습니다. 데몬도 이 응답을 받는다면 minpoll을 늘리거나 burst를 빼세요.`,
    ),
  );
}

export function unsynchronized(address: string, why: UnsynchronizedReason): Verdict {
  const reason =
    why.kind === 'leap'
      ? localized('leap indicator 3: alarm, clock not synchronized', '윤초 표시 3: 경보, 시계가 동기화되지 않음')
      : why.kind === 'stratum-0'
        ? localized(`stratum 0, reference ID ${why.refid}`, `stratum 0, 참조 ID ${why.refid}`)
        : localized(`stratum ${why.stratum}`, `stratum ${why.stratum}`);
  return verdict(
    'unsynchronized',
    'warning',
    localized(
      `${address} answers but is not synchronized itself (${reason.en}); daemons will not use it. Check that server's own time sources.`,
      `${address} 서버가 응답하지만 자신이 동기화되어 있지 않습니다(${reason.ko}). 데몬은 이 서버를 쓰지 않습니다. 그 서버의 시간 소스를 확인하세요.`,
    ),
  );
}

export function falseticker(offsetMs: number, agreement: { low: number; high: number; count: number }, voters: number): Verdict {
  const offset = formatMilliseconds(offsetMs, true);
  const range = `${formatMilliseconds(agreement.low, true)} … ${formatMilliseconds(agreement.high, true)}`;
  return verdict(
    'falseticker',
    'warning',
    localized(
      `Offset ${offset} is far outside ${range}, where ${agreement.count} of ${voters} sources agree: this server's clock is probably wrong (a falseticker), and the daemon will reject it.`,
      `이 서버의 오프셋(${offset})은 소스 ${voters}개 중 ${agreement.count}개가 일치하는 구간 ${range}에서 크게 벗어납니다. 시계가 틀렸을 가능성이 큽니다(falseticker). 데몬은 이 서버를 거부합니다.`,
    ),
  );
}

export function noAgreement(voters: number, largest: number): Verdict {
  return verdict(
    'no-agreement',
    'warning',
    localized(
      `No majority of the ${voters} answering sources agree on the time (the largest agreeing group has ${largest}). The daemon may be unable to pick a source; look for wrong servers.`,
      `응답한 소스 ${voters}개 중 과반이 같은 시각에 동의하지 않습니다(가장 큰 일치 그룹: ${largest}개). 데몬이 소스를 고르지 못할 수 있으니 틀린 서버를 찾아보세요.`,
    ),
  );
}

export function highDelay(delayMs: number, limitMs: number): Verdict {
  const delay = formatMilliseconds(delayMs);
  return verdict(
    'high-delay',
    'information',
    localized(
      `Round-trip delay ${delay} is high (over ${limitMs} ms): the offset can be wrong by up to half of it. A closer server would be more accurate.`,
      `왕복 지연(${delay})이 큽니다(${limitMs} ms 초과). 오프셋이 그 절반만큼 틀릴 수 있습니다. 더 가까운 서버가 더 정확합니다.`,
    ),
  );
}

/** The same cause as the static too-few-sources finding: the verdict names it instead of giving other advice. */
export function singleSource(): Verdict {
  return verdict(
    'single-source',
    'information',
    localized(
      'The only source of this file that answered with good time: nothing can outvote it. See too-few-sources: at least 4.',
      '이 파일에서 올바른 시간으로 응답한 소스는 이것뿐이라 틀려도 가려낼 수 없습니다. too-few-sources 참고: 4개 이상.',
    ),
  );
}
