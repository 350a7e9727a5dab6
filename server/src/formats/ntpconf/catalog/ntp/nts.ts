import { localized } from '../../../../core/localized';
import type { DirectiveSpec } from '../types';
import { flag, keyed, ntpDirective, NTPSEC, PATH, secUrl, WORD } from './common';
import { AEAD_ALGORITHMS } from './sourceOptions';

/** NTPsec 1.2.2 nts_translate_version() only recognises this spelling. */
// Read at start, an unknown version is only logged when NTS is used: the daemon runs.
const TLS_VERSION = { kind: 'enum', values: ['TLS1.3'], unknownIsWarning: true, notNumber: true } as const;

export const NTP_NTS_DIRECTIVES: readonly DirectiveSpec[] = [
  ntpDirective({
    name: 'nts',
    requiresOption: true,
    dialects: NTPSEC,
    category: 'nts',
    options: [
      flag(
        'enable',
        'Run the NTS-KE server (TCP port 4460); `cert` and `key` are then required.',
        'NTS-KE 서버(TCP 4460번 포트)를 실행합니다. 이때 `cert`와 `key`가 필요합니다.',
      ),
      flag('disable', 'Do not run the NTS-KE server (the default).', 'NTS-KE 서버를 실행하지 않습니다(기본값).'),
      keyed(
        'cert',
        PATH,
        'Certificate (chain) file the NTS-KE server presents; it is not checked for expiry or name.',
        'NTS-KE 서버가 내보일 인증서(체인) 파일입니다. 만료나 이름은 검사하지 않습니다.',
        { default: '/etc/ntpsec/cert-chain.pem (Debian)' },
      ),
      keyed('key', PATH, 'Private key file for `cert`.', '`cert`의 개인 키 파일입니다.'),
      keyed(
        'ca',
        PATH,
        'File or hashed directory of CA certificates used to validate NTS-KE servers instead of the system roots.',
        '시스템 루트 대신 NTS-KE 서버 검증에 쓸 CA 인증서 파일이나 해시 디렉터리입니다.',
      ),
      keyed('cookie', PATH, 'File holding the keys used to make and decode cookies.', '쿠키를 만들고 해독하는 데 쓰는 키를 담은 파일입니다.', {
        default: '/var/lib/ntpsec/nts-keys',
      }),
      keyed(
        'mintls',
        TLS_VERSION,
        'Lowest TLS version to negotiate. NTPsec 1.2.2 only understands `TLS1.3`; any other string is logged as unrecognised.',
        '협상할 가장 낮은 TLS 버전입니다. NTPsec 1.2.2는 `TLS1.3`만 알아듣고 다른 문자열은 인식하지 못했다고 로그에 남깁니다.',
      ),
      keyed(
        'maxtls',
        TLS_VERSION,
        'Highest TLS version to negotiate (same format as `mintls`); set both equal to force one version.',
        '협상할 가장 높은 TLS 버전입니다(`mintls`와 같은 형식). 둘을 같게 하면 한 버전으로 고정됩니다.',
      ),
      keyed('tlsciphersuites', WORD, 'OpenSSL TLS 1.3 ciphersuite list (colon-separated).', 'OpenSSL TLS 1.3 암호 스위트 목록(콜론으로 구분)입니다.'),
      keyed(
        'aead',
        { kind: 'enum', values: AEAD_ALGORITHMS, unknownIsWarning: true },
        'AEAD algorithm used when a client does not ask for a valid one, and offered by this host’s NTS clients.',
        '클라이언트가 올바른 알고리즘을 요청하지 않을 때 쓰고, 이 호스트의 NTS 클라이언트가 제안하는 AEAD 알고리즘입니다.',
        { default: 'AES_SIV_CMAC_256' },
      ),
    ],
    doc: localized(
      'Configures Network Time Security: mainly the NTS-KE server (`nts enable` with `cert` and `key`) and TLS settings. Clients only need the `nts` option on `server`/`pool` lines. NTPsec only.',
      'NTS(Network Time Security)를 설정합니다. 주로 NTS-KE 서버(`nts enable`과 `cert`, `key`)와 TLS 설정입니다. 클라이언트는 `server`/`pool` 줄에 `nts` 옵션만 있으면 됩니다. NTPsec 전용입니다.',
    ),
    docUrl: secUrl('ntp_conf', 'nts'),
  }),
];
