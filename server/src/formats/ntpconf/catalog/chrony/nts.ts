import { localized } from '../../../../core/localized';
import type { DirectiveSpec } from '../types';
import { arg, chronyDirective, COUNT, HOST, PATH, PORT, singleValue, switchDirective, WHOLE_SECONDS, WORD } from './common';

const DUMP_DIR_ARG = arg('directory', PATH, 'Directory for NTS cookies and server keys.', 'NTS 쿠키와 서버 키를 둘 디렉터리입니다.');

export const CHRONY_NTS_DIRECTIVES: readonly DirectiveSpec[] = [
  singleValue(
    'ntsdumpdir',
    'nts',
    DUMP_DIR_ARG,
    localized(
      'Directory where the NTS client saves cookies (one file per NTS-KE server) and the NTS server saves its cookie keys (ntskeys), so a restart needs no new NTS-KE handshake. Created if missing; nothing is saved by default. Example: `ntsdumpdir /var/lib/chrony`.',
      'NTS 클라이언트가 쿠키를(NTS-KE 서버마다 파일 하나), NTS 서버가 쿠키 키(ntskeys)를 저장하는 디렉터리로, 재시작할 때 NTS-KE 핸드셰이크를 다시 하지 않아도 됩니다. 없으면 만들며, 기본으로는 저장하지 않습니다. 예: `ntsdumpdir /var/lib/chrony`.',
    ),
    { anchor: 'ntsdumpdir1' },
  ),
  singleValue(
    'ntscachedir',
    'nts',
    DUMP_DIR_ARG,
    localized(
      'Undocumented older spelling of `ntsdumpdir` that chronyd still accepts with the same meaning. Prefer `ntsdumpdir`.',
      '문서에는 없지만 chronyd가 여전히 받아들이는 `ntsdumpdir`의 옛 이름으로, 뜻은 같습니다. `ntsdumpdir`를 쓰세요.',
    ),
    { anchor: 'ntsdumpdir1' },
  ),
  singleValue(
    'ntsrefresh',
    'nts',
    arg('interval', WHOLE_SECONDS, 'Seconds between NTS-KE handshakes.', 'NTS-KE 핸드셰이크 간격(초)입니다.'),
    localized(
      'Maximum interval in seconds between NTS-KE handshakes that refresh the keys of NTS sources. Default 2419200 (4 weeks); at most 2^31-1.',
      'NTS 소스의 키를 새로 받는 NTS-KE 핸드셰이크 사이의 최대 간격(초)입니다. 기본값은 2419200(4주)이고 최대 2^31-1입니다.',
    ),
  ),
  chronyDirective({
    name: 'ntstrustedcerts',
    category: 'nts',
    args: [
      arg(
        'set-ID|file',
        WORD,
        'Optional certificate set number (0 to 2^32-1, default 0) followed by the file; or just the file or directory.',
        '인증서 집합 번호(0~2^32-1, 기본 0)를 앞에 둘 수 있고, 그다음이 파일입니다. 파일이나 디렉터리만 줄 수도 있습니다.',
        // With two words chronyd reads the first with sscanf("%u"): a number, which may even be negative (it wraps).
        { typeByCount: { 2: { kind: 'integer' } } },
      ),
      arg('file', PATH, 'PEM file or directory of trusted CA certificates.', '신뢰할 CA 인증서의 PEM 파일이나 디렉터리입니다.', { optional: true }),
    ],
    doc: localized(
      'Adds a PEM file or directory of trusted CA certificates for verifying NTS servers, optionally to a numbered set selected by the `certset` source option. Set 0 also contains the system CAs unless `nosystemcert` is used. Changes are picked up without a restart.',
      'NTS 서버 검증에 쓸 신뢰 CA 인증서의 PEM 파일이나 디렉터리를 추가합니다. 번호를 붙여 소스 옵션 `certset`으로 고를 집합에 넣을 수도 있습니다. 집합 0에는 `nosystemcert`를 쓰지 않는 한 시스템 CA도 들어 있습니다. 바뀐 내용은 재시작 없이 반영됩니다.',
    ),
  }),
  switchDirective(
    'nosystemcert',
    'nts',
    localized(
      'Stops trusting the system’s default CAs for NTS; only certificates from `ntstrustedcerts` are used.',
      'NTS에서 시스템 기본 CA를 신뢰하지 않습니다. `ntstrustedcerts`로 지정한 인증서만 씁니다.',
    ),
  ),
  singleValue(
    'nocerttimecheck',
    'nts',
    arg('limit', COUNT, 'Number of clock updates without the check.', '검사를 끄는 시계 갱신 횟수입니다.'),
    localized(
      'Skips the validity-period check of certificates for the first `limit` clock updates, for machines that boot with a wrong clock (no RTC battery). A security trade-off: last resort only. Default 0; `nocerttimecheck 1` is the usual value.',
      '처음 `limit`번의 시계 갱신 동안 인증서 유효 기간 검사를 건너뜁니다. RTC 배터리가 없어 잘못된 시각으로 부팅하는 기계용입니다. 보안을 희생하므로 최후의 수단으로만 쓰세요. 기본값은 0이며 보통 `nocerttimecheck 1`을 씁니다.',
    ),
  ),
  singleValue(
    'ntsport',
    'nts',
    arg('port', PORT, 'TCP port of the NTS-KE service.', 'NTS-KE 서비스의 TCP 포트입니다.'),
    localized(
      'TCP port on which chronyd provides the NTS-KE service; it is opened only when `ntsservercert` and `ntsserverkey` are set. Default 4460.',
      'chronyd가 NTS-KE 서비스를 제공하는 TCP 포트입니다. `ntsservercert`와 `ntsserverkey`가 있을 때만 열립니다. 기본값은 4460입니다.',
    ),
  ),
  singleValue(
    'ntsservercert',
    'nts',
    arg('file', PATH, 'PEM certificate (with intermediates).', 'PEM 인증서(중간 인증서 포함)입니다.'),
    localized(
      'PEM certificate, including intermediate certificates, for chronyd as an NTS server. Can be repeated for several server names; pair each with an `ntsserverkey` in the same order. Loaded once: restart after renewal.',
      'NTS 서버로 동작할 chronyd의 PEM 인증서로, 중간 인증서도 포함합니다. 서버 이름이 여럿이면 반복해 쓰고, 같은 순서로 `ntsserverkey`와 짝지어야 합니다. 한 번만 읽으므로 갱신 후에는 재시작하세요.',
    ),
  ),
  singleValue(
    'ntsserverkey',
    'nts',
    arg('file', PATH, 'PEM private key.', 'PEM 개인 키입니다.'),
    localized(
      'PEM private key for chronyd as an NTS server, readable by the chrony user but nobody else. Give as many keys as certificates, in the same order.',
      'NTS 서버로 동작할 chronyd의 PEM 개인 키로, chrony 사용자만 읽을 수 있어야 합니다. 인증서와 같은 개수를 같은 순서로 지정합니다.',
    ),
  ),
  singleValue(
    'ntsprocesses',
    'nts',
    arg('processes', { kind: 'integer', min: 0, max: 1000, unit: 'count' }, 'Number of helper processes.', '보조 프로세스 수입니다.'),
    localized(
      'Number of helper processes that handle NTS-KE requests on multi-core servers; 0 handles them in the main process. Default 1.',
      '멀티코어 서버에서 NTS-KE 요청을 처리할 보조 프로세스 수입니다. 0이면 주 프로세스가 처리합니다. 기본값은 1입니다.',
    ),
  ),
  singleValue(
    'maxntsconnections',
    'nts',
    arg('connections', { kind: 'integer', min: 1, unit: 'count' }, 'Concurrent connections per process.', '프로세스당 동시 연결 수입니다.'),
    localized(
      'Maximum number of concurrent NTS-KE connections per process. Default 100; the practical maximum is half of FD_SETSIZE (usually 512).',
      '프로세스당 최대 동시 NTS-KE 연결 수입니다. 기본값은 100이며 실질적인 최댓값은 FD_SETSIZE의 절반(보통 512)입니다.',
    ),
  ),
  singleValue(
    'ntsntpserver',
    'nts',
    arg('hostname', HOST, 'Name or address of the NTP server given to clients.', '클라이언트에 알려 줄 NTP 서버의 이름이나 주소입니다.'),
    localized(
      'NTP server name or address that the NTS-KE server hands to clients, so NTS-KE and NTP can run on different hosts; the keys must then be shared (`ntsrotate 0`). By default clients use the NTS-KE host.',
      'NTS-KE 서버가 클라이언트에 알려 주는 NTP 서버 이름이나 주소로, NTS-KE와 NTP를 다른 호스트에서 돌릴 수 있게 합니다. 이때 키를 공유해야 합니다(`ntsrotate 0`). 기본으로 클라이언트는 NTS-KE 호스트를 씁니다.',
    ),
  ),
  singleValue(
    'ntsrotate',
    'nts',
    arg('interval', WHOLE_SECONDS, 'Seconds between key rotations; 0 disables rotation.', '키 교체 간격(초)이며, 0이면 교체하지 않습니다.'),
    localized(
      'Rotation interval in seconds of the server key that encrypts NTS cookies. Default 604800 (1 week); 0 turns automatic rotation off for externally managed keys (reloaded by `chronyc rekey`).',
      'NTS 쿠키를 암호화하는 서버 키의 교체 간격(초)입니다. 기본값은 604800(1주)이고, 0이면 자동 교체를 끄고 외부에서 관리하는 키를 씁니다(`chronyc rekey`로 다시 읽음).',
    ),
  ),
  chronyDirective({
    name: 'ntsaeads',
    category: 'nts',
    since: '4.7',
    anchor: 'ntsaeads1',
    args: [
      arg(
        'ID',
        { kind: 'integer', min: 0 },
        'AEAD algorithm ID: 15 = AES-SIV-CMAC-256, 30 = AES-128-GCM-SIV.',
        'AEAD 알고리즘 ID: 15 = AES-SIV-CMAC-256, 30 = AES-128-GCM-SIV.',
        { optional: true, repeat: true },
      ),
    ],
    doc: localized(
      'AEAD algorithms enabled for NTS, in order of preference, for both client and server; unsupported IDs are ignored. Default `30 15`. A server should always keep 15, which RFC 8915 requires.',
      'NTS에 쓸 AEAD 알고리즘을 선호 순서대로 지정하며 클라이언트와 서버 모두에 적용됩니다. 지원하지 않는 ID는 무시합니다. 기본값은 `30 15`입니다. 서버는 RFC 8915가 요구하는 15를 항상 포함해야 합니다.',
    ),
  }),
];
