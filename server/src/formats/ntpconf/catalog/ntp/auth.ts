import { localized } from '../../../../core/localized';
import type { DirectiveSpec } from '../types';
import {
  ALL,
  arg,
  classicUrl,
  KEY_ID_OR_ZERO,
  keyed,
  NON_NEGATIVE_SECONDS,
  NTPD,
  NTPD_NTPSEC,
  ntpDirective,
  PATH,
  secUrl,
  WORD,
  XNTPD,
  xntpUrl,
  YES_NO,
} from './common';

const LOG2_INTERVAL = { kind: 'integer', min: 0, max: 31, unit: 'log2-seconds' } as const;

export const NTP_AUTH_DIRECTIVES: readonly DirectiveSpec[] = [
  ntpDirective({
    name: 'trustedkey',
    dialects: ALL,
    category: 'auth',
    args: [
      arg(
        'key',
        { kind: 'keyIds' },
        'Key ids, or in ntpd 4.2.8 and NTPsec ranges written `(first ... last)` with spaces around the dots.',
        '키 번호들입니다. ntpd 4.2.8과 NTPsec에서는 점 앞뒤에 공백을 둔 `(first ... last)` 범위도 씁니다.',
        { repeat: true },
      ),
    ],
    doc: localized(
      'Marks symmetric keys from the `keys` file as trusted, for authenticating sources and ntpq/ntpdc requests. ntpd and NTPsec accept ids 1–65535 (others are ignored with a log message). In xntpd 3 key 0 is fixed and publicly known, so trusting it gives no security.',
      '`keys` 파일의 대칭 키를 신뢰하는 키로 지정해 소스와 ntpq/ntpdc 요청 인증에 씁니다. ntpd와 NTPsec은 1–65535 번호를 받고 그 밖의 값은 로그를 남기고 무시합니다. xntpd 3에서 키 0은 고정돼 누구나 아는 키이므로 신뢰해도 보안 효과가 없습니다.',
    ),
    docUrl: secUrl('authopt', 'trustedkey'),
  }),
  ntpDirective({
    name: 'controlkey',
    dialects: ALL,
    category: 'auth',
    args: [arg('key', KEY_ID_OR_ZERO, 'Id of a trusted key (1–65535 in ntpd and NTPsec).', '신뢰하는 키의 번호입니다(ntpd와 NTPsec은 1–65535).')],
    doc: localized(
      'Key id that authenticates ntpq (mode 6) requests that change the configuration; the key must also be in `trustedkey`.',
      '설정을 바꾸는 ntpq(모드 6) 요청을 인증할 키 번호입니다. 이 키는 `trustedkey`에도 있어야 합니다.',
    ),
    docUrl: secUrl('authopt', 'controlkey'),
  }),
  ntpDirective({
    name: 'requestkey',
    dialects: ALL,
    category: 'auth',
    args: [arg('key', KEY_ID_OR_ZERO, 'Id of a trusted key (1–65535 in ntpd).', '신뢰하는 키의 번호입니다(ntpd는 1–65535).')],
    doc: localized(
      'Key id that authenticates ntpdc/xntpdc (mode 7) requests; the key must also be in `trustedkey`. NTPsec accepts it but logs that it is a no-op because ntpdc was removed.',
      'ntpdc/xntpdc(모드 7) 요청을 인증할 키 번호입니다. 이 키는 `trustedkey`에도 있어야 합니다. NTPsec은 받아들이지만 ntpdc가 없어져 아무 효과가 없다고 로그에 남깁니다.',
    ),
    docUrl: secUrl('authopt'),
  }),
  ntpDirective({
    name: 'ntpsigndsocket',
    dialects: NTPD_NTPSEC,
    category: 'auth',
    args: [arg('path', PATH, 'Directory holding Samba’s ntp_signd socket.', 'Samba ntp_signd 소켓이 있는 디렉터리입니다.')],
    doc: localized(
      'Where to find Samba’s ntp_signd socket, used to sign replies for `restrict … mssntp` clients (Active Directory MS-SNTP).',
      '`restrict … mssntp` 클라이언트(Active Directory MS-SNTP)에 대한 응답 서명에 쓰는 Samba ntp_signd 소켓의 위치입니다.',
    ),
    docUrl: secUrl('authopt'),
  }),
  ntpDirective({
    name: 'crypto',
    dialects: NTPD,
    category: 'auth',
    options: [
      keyed(
        'digest',
        WORD,
        'Message digest for Autokey (default MD5; any OpenSSL digest such as SHA1).',
        'Autokey에 쓸 메시지 다이제스트입니다(기본 MD5, SHA1 등 OpenSSL 다이제스트).',
      ),
      keyed(
        'host',
        WORD,
        'Name used for the host key and certificate files (default: the host name).',
        '호스트 키와 인증서 파일 이름에 쓸 이름입니다(기본: 호스트 이름).',
      ),
      keyed('ident', WORD, 'Name used for the identity-scheme files (default: the host name).', '신원 확인 방식 파일 이름에 쓸 이름입니다(기본: 호스트 이름).'),
      keyed('pw', WORD, 'Password that decrypts files written by `ntp-keygen -p`.', '`ntp-keygen -p`로 만든 파일을 복호화할 암호입니다.'),
      keyed('randfile', PATH, 'Random seed file for OpenSSL.', 'OpenSSL의 난수 시드 파일입니다.'),
      keyed('revoke', LOG2_INTERVAL, 'Deprecated here: use the `revoke` directive.', '여기서는 권장되지 않습니다. `revoke` 지시어를 쓰세요.'),
    ],
    doc: localized(
      'Turns on Autokey public-key authentication and loads the host key and certificate from `keysdir`. Autokey has known weaknesses (RFC 8633 says not to use it) and NTPsec removed it.',
      'Autokey 공개 키 인증을 켜고 `keysdir`에서 호스트 키와 인증서를 읽습니다. Autokey는 알려진 약점이 있어 RFC 8633은 쓰지 말라고 하며, NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('authopt'),
  }),
  ntpDirective({
    name: 'revoke',
    dialects: NTPD,
    category: 'auth',
    args: [arg('logsec', LOG2_INTERVAL, 'Interval as a power of 2 in seconds.', '2의 거듭제곱 초로 나타낸 간격입니다.')],
    doc: localized(
      'Interval between re-randomisations of certain Autokey values, as a power of 2 in seconds (default 17, about 36 h). Removed from NTPsec.',
      '일부 Autokey 값을 다시 무작위화하는 간격으로, 2의 거듭제곱 초입니다(기본 17, 약 36시간). NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('authopt'),
  }),
  ntpDirective({
    name: 'automax',
    dialects: NTPD,
    category: 'auth',
    args: [arg('logsec', LOG2_INTERVAL, 'Interval as a power of 2 in seconds.', '2의 거듭제곱 초로 나타낸 간격입니다.')],
    doc: localized(
      'Interval between regenerations of the Autokey session key list, as a power of 2 in seconds (default 12, about 1.1 h). Removed from NTPsec.',
      'Autokey 세션 키 목록을 다시 만드는 간격으로, 2의 거듭제곱 초입니다(기본 12, 약 1.1시간). NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('authopt'),
  }),
  ntpDirective({
    name: 'ident',
    dialects: NTPD,
    category: 'auth',
    args: [arg('group', WORD, 'Autokey group name.', 'Autokey 그룹 이름입니다.')],
    doc: localized(
      'Autokey group name for ephemeral associations mobilised by broadcast and symmetric-passive modes. Removed from NTPsec.',
      '브로드캐스트와 대칭 수동 모드로 생기는 임시 연관에 쓸 Autokey 그룹 이름입니다. NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('authopt'),
  }),
  ntpDirective({
    name: 'autokey',
    dialects: NTPD,
    category: 'auth',
    args: [arg('logsec', LOG2_INTERVAL, 'Interval as a power of 2 in seconds.', '2의 거듭제곱 초로 나타낸 간격입니다.', { optional: true })],
    doc: localized(
      'Old (ntpd 4.2.4 and earlier) directive setting the Autokey session-key regeneration interval; replaced by `automax`. Not to be confused with the `autokey` option of `server`.',
      'Autokey 세션 키 재생성 간격을 정하던 예전(ntpd 4.2.4 이하) 지시어로, `automax`로 대체됐습니다. `server`의 `autokey` 옵션과는 다릅니다.',
    ),
    obsolete: localized(
      '`autokey` became `automax` after ntpd 4.2.4: ntpd 4.2.8 skips it as a syntax error. Use `automax`.',
      '`autokey` 지시어는 ntpd 4.2.4 이후 `automax`로 대체됐습니다. ntpd 4.2.8은 구문 오류로 이 줄을 건너뜁니다. `automax`를 쓰세요.',
    ),
    docUrl: classicUrl('authopt'),
  }),
  ntpDirective({
    name: 'authenticate',
    dialects: XNTPD,
    category: 'auth',
    args: [arg('enabled', YES_NO, '`yes` or `no`.', '`yes` 또는 `no`입니다.')],
    doc: localized(
      'xntpd 3: require authentication before synchronising to peers (same as `enable auth`/`disable auth`, which replace it).',
      'xntpd 3: 피어에 동기화하기 전에 인증을 요구할지 정합니다(이를 대체한 `enable auth`/`disable auth`와 같음).',
    ),
    docUrl: xntpUrl('authopt'),
  }),
  ntpDirective({
    name: 'authdelay',
    dialects: XNTPD,
    category: 'auth',
    args: [arg('delay', NON_NEGATIVE_SECONDS, 'Seconds, typically a few milliseconds or less.', '초 단위이며 보통 수 밀리초 이하입니다.')],
    doc: localized(
      'xntpd 3: time in seconds the host needs to compute the authentication code of a packet, used to correct transmit timestamps.',
      'xntpd 3: 이 호스트가 패킷 인증 코드를 계산하는 데 걸리는 시간(초)으로, 송신 타임스탬프 보정에 씁니다.',
    ),
    docUrl: xntpUrl('authopt'),
  }),
];
