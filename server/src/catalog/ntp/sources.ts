import { localized } from '../../l10n/localized';
import type { DirectiveSpec, OptionSpec } from '../types';

const DOC = 'https://docs.ntpsec.org/latest/confopt.html';

const SOURCE_OPTIONS: readonly OptionSpec[] = [
  { name: 'iburst', dialects: ['ntpd', 'ntpsec'], doc: localized('Send a burst of eight packets when the server is unreachable, for a fast first synchronisation.', '서버에 닿지 않을 때 패킷 8개를 연달아 보내 첫 동기화를 빠르게 합니다.') },
  { name: 'prefer', doc: localized('Mark this source as preferred.', '이 소스를 우선 소스로 지정합니다.') },
  { name: 'minpoll', value: { kind: 'integer', min: 3, max: 17, unit: 'log2-seconds' }, default: '6 (64 s)', doc: localized('Minimum poll interval, as a power of 2 in seconds.', '최소 폴링 간격(2의 거듭제곱 초).') },
  { name: 'maxpoll', value: { kind: 'integer', min: 3, max: 17, unit: 'log2-seconds' }, default: '10 (1024 s)', doc: localized('Maximum poll interval, as a power of 2 in seconds.', '최대 폴링 간격(2의 거듭제곱 초).') },
];

export const NTP_SOURCE_DIRECTIVES: readonly DirectiveSpec[] = [
  {
    name: 'server',
    dialects: ['ntpd', 'ntpsec', 'xntpd'],
    category: 'source',
    args: [{ name: 'address', type: { kind: 'host' } }],
    options: SOURCE_OPTIONS,
    doc: localized('A server to synchronise with (client mode).', '동기화할 서버를 지정합니다(클라이언트 모드).'),
    docUrl: `${DOC}#server`,
  },
  {
    name: 'pool',
    dialects: ['ntpd', 'ntpsec'],
    category: 'source',
    args: [{ name: 'address', type: { kind: 'host' } }],
    options: SOURCE_OPTIONS,
    doc: localized('A pool of servers; ntpd keeps adding servers from it.', '서버 풀을 지정합니다. ntpd가 풀에서 서버를 계속 보충합니다.'),
    docUrl: `${DOC}#pool`,
  },
];
