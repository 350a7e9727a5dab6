import { localized } from '../../../../core/localized';
import type { DirectiveSpec, OptionSpec } from '../types';
import { chronyDirective, keyed } from './common';

function rateLimitOptions(defaultInterval: string): OptionSpec[] {
  return [
    keyed(
      'interval',
      { kind: 'integer', min: -19, max: 12, unit: 'log2-seconds' },
      'Minimum interval between responses to one address, as a power of 2 in seconds (-19 to 12). Below -4 the limiting becomes coarse.',
      '한 주소에 대한 응답 사이의 최소 간격으로, 2의 거듭제곱 초입니다(-19~12). -4보다 작으면 제한이 거칠어집니다.',
      { default: defaultInterval },
    ),
    keyed(
      'burst',
      { kind: 'integer', min: 1, max: 255, unit: 'count' },
      'Number of responses allowed in a burst above the interval limit (1–255), e.g. for clients using iburst.',
      '간격 한도를 넘어 연달아 허용하는 응답 수(1~255)로, iburst를 쓰는 클라이언트 등을 위한 것입니다.',
      { default: '8' },
    ),
    keyed(
      'leak',
      { kind: 'integer', min: 1, max: 4 },
      'Rate, as a power of 1/2, at which responses are still let through when limited, so spoofed requests cannot block a client completely (1–4; 2 means every fourth request).',
      '제한 중에도 응답을 통과시키는 비율로, 1/2의 거듭제곱입니다(1~4, 2면 네 요청 중 하나). 위조 요청으로 클라이언트가 완전히 차단되는 것을 막습니다.',
      { default: '2' },
    ),
  ];
}

const NTP_RATE_LIMIT_OPTIONS: readonly OptionSpec[] = [
  ...rateLimitOptions('3 (8 s)'),
  keyed(
    'kod',
    { kind: 'integer', min: 0, max: 4 },
    "Rate, as a power of 1/2, of Kiss-o'-Death RATE responses sent to limited clients, in addition to `leak` (0–4; 0 disables them). Few clients honour KoD.",
    "제한된 클라이언트에 보내는 KoD(Kiss-o'-Death) RATE 응답의 비율로, 1/2의 거듭제곱이며 `leak`와 별도입니다(0~4, 0이면 끔). KoD를 따르는 클라이언트는 많지 않습니다.",
    { default: '0', since: '4.6' },
  ),
];

export const CHRONY_RATE_LIMIT_DIRECTIVES: readonly DirectiveSpec[] = [
  chronyDirective({
    name: 'ratelimit',
    category: 'access',
    options: NTP_RATE_LIMIT_OPTIONS,
    doc: localized(
      'Enables per-address rate limiting of NTP responses, to limit traffic from broken or misconfigured clients that poll too often. Addresses behind NAT share one limit; how many addresses are tracked depends on `clientloglimit`. Example: `ratelimit interval 1 burst 16`.',
      'NTP 응답에 주소별 속도 제한을 켜, 너무 자주 폴링하는 고장 났거나 잘못 설정된 클라이언트의 트래픽을 줄입니다. NAT 뒤의 주소들은 한도를 공유하며, 추적할 수 있는 주소 수는 `clientloglimit`에 달려 있습니다. 예: `ratelimit interval 1 burst 16`.',
    ),
  }),
  chronyDirective({
    name: 'cmdratelimit',
    category: 'access',
    options: rateLimitOptions('-4 (16 per second)'),
    doc: localized(
      'Enables rate limiting of responses to chronyc command packets, like `ratelimit`; localhost is never limited. Default interval -4 (16 packets per second).',
      '`ratelimit`처럼 chronyc 명령 패킷에 대한 응답의 속도를 제한합니다. localhost는 제한하지 않습니다. 기본 interval은 -4(초당 16패킷)입니다.',
    ),
  }),
  chronyDirective({
    name: 'ntsratelimit',
    category: 'nts',
    options: rateLimitOptions('6 (64 s)'),
    doc: localized(
      'Enables rate limiting of NTS-KE connections, like `ratelimit`. Default interval 6 (one connection per 64 s). Example: `ntsratelimit interval 3 burst 1`.',
      '`ratelimit`처럼 NTS-KE 연결의 속도를 제한합니다. 기본 interval은 6(64초에 연결 하나)입니다. 예: `ntsratelimit interval 3 burst 1`.',
    ),
  }),
];
