import { localized } from '../../l10n/localized';
import type { DirectiveSpec, OptionSpec } from '../types';

const DOC = 'https://chrony-project.org/doc/4.3/chrony.conf.html';
const POLL = { kind: 'integer', min: -7, max: 24, unit: 'log2-seconds' } as const;

const SOURCE_OPTIONS: readonly OptionSpec[] = [
  { name: 'minpoll', value: POLL, default: '6 (64 s)', doc: localized('Minimum polling interval, as a power of 2 in seconds.', '최소 폴링 간격(2의 거듭제곱 초).') },
  { name: 'maxpoll', value: POLL, default: '10 (1024 s)', doc: localized('Maximum polling interval, as a power of 2 in seconds.', '최대 폴링 간격(2의 거듭제곱 초).') },
  { name: 'iburst', doc: localized('Send a burst of 4–8 requests at start so the first update comes within seconds.', '시작할 때 요청 4~8개를 연달아 보내 몇 초 안에 첫 동기화를 합니다.') },
];

const sourceDirective = (name: string, doc: ReturnType<typeof localized>): DirectiveSpec => ({
  name,
  dialects: ['chrony'],
  category: 'source',
  args: [{ name: 'hostname', type: { kind: 'host' } }],
  options: SOURCE_OPTIONS,
  doc,
  docUrl: `${DOC}#${name}`,
});

export const CHRONY_SOURCE_DIRECTIVES: readonly DirectiveSpec[] = [
  sourceDirective('server', localized('An NTP server to synchronise with.', '동기화할 NTP 서버를 지정합니다.')),
  sourceDirective('pool', localized('A pool of NTP servers; the name resolves to several addresses.', 'NTP 서버 풀을 지정합니다. 이름이 여러 주소로 풀립니다.')),
  sourceDirective('peer', localized('A symmetric peer (both sides may synchronise each other).', '대칭 피어(서로 동기화할 수 있는 상대)를 지정합니다.')),
];
