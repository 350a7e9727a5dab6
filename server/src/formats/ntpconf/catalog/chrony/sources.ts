import { localized } from '../../../../core/localized';
import type { DirectiveSpec } from '../types';
import { arg, chronyDirective, HOST, NON_NEGATIVE_SECONDS } from './common';
import { NTP_SOURCE_OPTIONS } from './sourceOptions';

export const CHRONY_SOURCE_DIRECTIVES: readonly DirectiveSpec[] = [
  chronyDirective({
    name: 'server',
    category: 'source',
    args: [arg('hostname', HOST, 'Host name or IP address of the NTP server.', 'NTP 서버의 호스트 이름이나 IP 주소입니다.')],
    options: NTP_SOURCE_OPTIONS,
    doc: localized(
      'Adds an NTP server as a time source (client/server mode: the server never takes time from this host). A name that does not resolve at start is retried, and the address is re-resolved when the server becomes unreachable or a falseticker. Typical: `server ntp.example.com iburst`.',
      'NTP 서버를 시간 소스로 추가합니다(클라이언트/서버 모드: 서버는 이 호스트의 시간을 받지 않습니다). 시작할 때 이름이 풀리지 않으면 다시 시도하고, 서버가 응답하지 않거나 falseticker가 되면 주소를 다시 조회합니다. 예: `server ntp.example.com iburst`.',
    ),
  }),
  chronyDirective({
    name: 'pool',
    category: 'source',
    args: [arg('name', HOST, 'DNS name that resolves to several NTP servers.', '여러 NTP 서버로 풀리는 DNS 이름입니다.')],
    options: NTP_SOURCE_OPTIONS,
    doc: localized(
      'Adds a pool of NTP servers: one name that resolves to several addresses which may change over time. chronyd uses up to `maxsources` of them (4 by default) and replaces servers that stop working. Accepts every `server` option. Typical: `pool pool.ntp.org iburst`.',
      'NTP 서버 풀을 추가합니다. 하나의 이름이 여러 주소로 풀리며 주소는 바뀔 수 있습니다. chronyd는 그중 최대 `maxsources`개(기본 4개)를 쓰고, 동작하지 않는 서버는 교체합니다. `server`의 모든 옵션을 쓸 수 있습니다. 예: `pool pool.ntp.org iburst`.',
    ),
  }),
  chronyDirective({
    name: 'peer',
    category: 'source',
    args: [arg('hostname', HOST, 'Host name or IP address of the symmetric peer.', '대칭 피어의 호스트 이름이나 IP 주소입니다.')],
    options: NTP_SOURCE_OPTIONS,
    doc: localized(
      'Adds a symmetric peer: both hosts can synchronise to each other. `iburst`, `burst`, `nts`, `presend` and `copy` do not work here, and without `key` the association is open to spoofing. Two `server` lines (one on each host) are usually the better choice.',
      '대칭 피어를 추가합니다. 두 호스트가 서로 동기화할 수 있습니다. `iburst`, `burst`, `nts`, `presend`, `copy`는 여기서 동작하지 않고, `key`가 없으면 위조 패킷 공격에 취약합니다. 보통은 양쪽 호스트에 `server`를 하나씩 두는 편이 낫습니다.',
    ),
  }),
  chronyDirective({
    name: 'initstepslew',
    category: 'source',
    args: [
      arg(
        'step-threshold',
        NON_NEGATIVE_SECONDS,
        'Errors up to this many seconds are slewed; larger ones are stepped.',
        '이 초 이하의 오차는 천천히 보정(slew)하고, 더 크면 한 번에 맞춥니다(step).',
      ),
      arg('hostname', HOST, 'NTP servers polled once at start.', '시작할 때 한 번 질의할 NTP 서버들입니다.', { optional: true, repeat: true }),
    ],
    doc: localized(
      'Deprecated in favour of `makestep`. At start, quickly polls the listed servers and steps the clock if the error is above the threshold (otherwise slews it) before normal operation begins; chronyd waits for this before detaching. Example: `initstepslew 30 ntp1.example.com ntp2.example.com`.',
      '`makestep`으로 대체된 지시어입니다. 시작할 때 나열한 서버에 빠르게 질의해, 오차가 임계값보다 크면 시계를 한 번에 맞추고(step) 작으면 천천히 보정(slew)한 뒤 정상 동작을 시작합니다. chronyd는 이 작업이 끝날 때까지 기다립니다. 예: `initstepslew 30 ntp1.example.com ntp2.example.com`.',
    ),
  }),
];
