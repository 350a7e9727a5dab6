import type { Language } from '../../server/src/core/localized';
import { formatEndpoint, formatMilliseconds, formatSeconds } from './format';
import { hex } from './ntpPacket';
import type { ProbeEvent } from './probe';
import { headerOf } from './probe';
import { describeIgnored, describeResolveError } from './verdictMessages';

const WORDS = {
  en: {
    request: 'request',
    noAnswer: 'no answer within',
    refused: 'port unreachable: nothing listens there',
    cannotSend: 'cannot send',
    ignored: 'ignored',
    kiss: 'kiss code',
    noTime: 'answered without timestamps',
    resolveFailed: 'did not resolve',
    cancelled: 'cancelled',
  },
  ko: {
    request: '요청',
    noAnswer: '응답 없음, 제한 시간',
    refused: '포트 도달 불가: 받는 프로그램이 없음',
    cannotSend: '보낼 수 없음',
    ignored: '무시함',
    kiss: '키스 코드',
    noTime: '타임스탬프 없이 응답함',
    resolveFailed: '주소를 찾지 못함',
    cancelled: '취소됨',
  },
} as const;

/** One line of the raw log per event, like a packet trace: what went out, what came back, in the header's own terms. */
export function formatProbeEvent(event: ProbeEvent, language: Language, timeoutMs: number): string {
  const w = WORDS[language];
  if (event.type === 'resolved') {
    const name = `${event.target.host}${event.target.port === 123 ? '' : ` (port ${event.target.port})`}`;
    return event.result.ok
      ? `dns  ${name} → ${event.result.addresses.join(', ')}`
      : `dns  ${name} ${w.resolveFailed}: ${describeResolveError(event.result.error)[language]} (${event.result.error})`;
  }
  const where = `${formatEndpoint(event.address, event.port)}`;
  switch (event.type) {
    case 'connect-failed':
      return `×    ${where} ${w.cannotSend}: ${event.code}`;
    case 'sent':
      return `→    ${where} #${event.index + 1} ${w.request} (48 bytes, mode 3, version 4, random transmit timestamp)`;
    case 'ignored':
      return `!    ${where} #${event.index + 1} ${w.ignored} ${event.datagram.length}-byte datagram: ${describeIgnored(event.datagram.reason)[language]} [${hex(event.datagram.bytes.subarray(0, 48))}]`;
    case 'outcome': {
      const o = event.outcome;
      const prefix = `${where} #${event.index + 1}`;
      if (o.kind === 'timeout') return `×    ${prefix} ${w.noAnswer} ${formatSeconds(timeoutMs)}`;
      if (o.kind === 'refused') return `×    ${prefix} ${w.refused} (ICMP, ECONNREFUSED)`;
      if (o.kind === 'error') return `×    ${prefix} ${w.cannotSend}: ${o.code}`;
      if (o.kind === 'aborted') return `×    ${prefix} ${w.cancelled}`;
      const h = headerOf(o.verdict.packet);
      const header = `LI=${h.leap} VN=${h.version} mode=${o.verdict.packet.mode} stratum=${h.stratum} poll=${h.poll} precision=${h.precision} rootdelay=${formatMilliseconds(h.rootDelayMs)} rootdisp=${formatMilliseconds(h.rootDispersionMs)} refid=${h.refid}`;
      const result =
        o.verdict.kind === 'kiss'
          ? `${w.kiss} ${o.verdict.code}`
          : o.verdict.kind === 'no-time'
            ? w.noTime
            : `offset=${formatMilliseconds(o.verdict.sample.offsetMs, true)} delay=${formatMilliseconds(o.verdict.sample.delayMs)}`;
      return `←    ${prefix} ${header} ${result} [${hex(o.bytes.subarray(0, 48))}]`;
    }
  }
}
