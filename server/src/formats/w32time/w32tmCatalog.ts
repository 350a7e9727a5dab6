import { localized, type Localized } from '../../core/localized';

/** Microsoft's reference for every verb and switch below ("Windows Time service tools and settings"). */
export const W32TM_DOCS = {
  en: 'https://learn.microsoft.com/en-us/windows-server/networking/windows-time-service/windows-time-service-tools-and-settings#command-line-parameters-for-w32time',
  ko: 'https://learn.microsoft.com/ko-kr/windows-server/networking/windows-time-service/windows-time-service-tools-and-settings#command-line-parameters-for-w32time',
} as const;

interface SwitchValueSpec {
  /** Shown in completion and hovers: `/syncfromflags:<source>`. */
  readonly placeholder: string;
  /** Accepted keywords, case-insensitive; a comma-separated list when `list` is set. */
  readonly values?: Readonly<Record<string, Localized>>;
  readonly list?: boolean;
  readonly numeric?: boolean;
}

interface SwitchSpec {
  readonly name: string;
  readonly doc: Localized;
  readonly value?: SwitchValueSpec;
  /** The value may be omitted (`/resync` takes an optional `:computer`). */
  readonly valueOptional?: boolean;
}

interface VerbSpec extends SwitchSpec {
  /** The switches this operation takes besides itself. */
  readonly switches: readonly string[];
  /** A free word after the verb is allowed (`/ntte 130000000000000000`). */
  readonly positional?: boolean;
}

const computer = (en: string, ko: string): SwitchSpec => ({ name: 'computer', doc: localized(en, ko), value: { placeholder: '<target>' } });

/** Switches by name, lower-case. `/computer` differs by verb, so each verb's doc is in COMPUTER_DOCS. */
const SWITCHES: Readonly<Record<string, SwitchSpec>> = {
  update: {
    name: 'update',
    doc: localized(
      'Tells the running service to read the new configuration now; without it the changes wait for the next service restart.',
      '실행 중인 서비스가 새 구성을 바로 읽게 합니다. 없으면 변경은 다음 서비스 재시작까지 적용되지 않습니다.',
    ),
  },
  manualpeerlist: {
    name: 'manualpeerlist',
    doc: localized(
      'Sets the manual peer list (the `NtpServer` registry value): DNS names or IP addresses separated by blanks, each optionally followed by `,flags` (0x1 SpecialInterval, 0x2 UseAsFallbackOnly, 0x4 SymmetricActive, 0x8 Client). Quote the list when it holds more than one peer. It is used only with `/syncfromflags:manual`.',
      '수동 피어 목록(레지스트리 값 `NtpServer`)을 설정합니다. DNS 이름이나 IP 주소를 공백으로 구분하고, 각 주소 뒤에 `,플래그`를 붙일 수 있습니다(0x1 SpecialInterval, 0x2 UseAsFallbackOnly, 0x4 SymmetricActive, 0x8 Client). 피어가 둘 이상이면 목록을 따옴표로 감싸세요. `/syncfromflags:manual`과 함께일 때만 쓰입니다.',
    ),
    value: { placeholder: '"<peers>"' },
  },
  syncfromflags: {
    name: 'syncfromflags',
    doc: localized(
      'Sets which sources the NTP client synchronizes from (the `Type` registry value): a comma-separated list of keywords.',
      'NTP 클라이언트가 동기화할 원본(레지스트리 값 `Type`)을 정합니다. 키워드를 쉼표로 구분해 씁니다.',
    ),
    value: {
      placeholder: '<source>',
      list: true,
      values: {
        MANUAL: localized('The peers of the manual peer list (`Type` = NTP).', '수동 피어 목록의 피어(`Type` = NTP).'),
        DOMHIER: localized('A domain controller in the domain hierarchy (`Type` = NT5DS).', '도메인 계층의 도메인 컨트롤러(`Type` = NT5DS).'),
        ALL: localized('Both the manual peers and the domain hierarchy (`Type` = AllSync).', '수동 피어와 도메인 계층 모두(`Type` = AllSync).'),
        NO: localized('No source: the client does not synchronize (`Type` = NoSync).', '원본 없음: 동기화하지 않음(`Type` = NoSync).'),
      },
    },
  },
  localclockdispersion: {
    name: 'localclockdispersion',
    doc: localized(
      'The dispersion in seconds the service assumes for its own clock when it has no other source.',
      '다른 원본이 없을 때 자기 시계에 가정하는 분산(초).',
    ),
    value: { placeholder: '<seconds>', numeric: true },
  },
  reliable: {
    name: 'reliable',
    doc: localized(
      'Whether this computer announces itself as a reliable time source; meaningful only on domain controllers.',
      '이 컴퓨터를 신뢰할 수 있는 시간 원본으로 알릴지 정합니다. 도메인 컨트롤러에서만 의미가 있습니다.',
    ),
    value: {
      placeholder: '(YES|NO)',
      values: {
        YES: localized('A reliable time source (`AnnounceFlags` 5).', '신뢰할 수 있는 시간 원본(`AnnounceFlags` 5).'),
        NO: localized('Not a reliable time source.', '신뢰할 수 있는 시간 원본이 아님.'),
      },
    },
  },
  largephaseoffset: {
    name: 'largephaseoffset',
    doc: localized(
      'The offset in milliseconds between local and network time that the service treats as a spike.',
      '서비스가 급변(spike)으로 보는 로컬 시간과 네트워크 시간의 차이(밀리초).',
    ),
    value: { placeholder: '<milliseconds>', numeric: true },
  },
  nowait: {
    name: 'nowait',
    doc: localized('Returns at once instead of waiting for the resynchronization to finish.', '재동기화가 끝날 때까지 기다리지 않고 바로 돌아옵니다.'),
  },
  rediscover: {
    name: 'rediscover',
    doc: localized('Detects the network configuration and the sources again before resynchronizing.', '재동기화 전에 네트워크 구성과 원본을 다시 찾습니다.'),
  },
  soft: {
    name: 'soft',
    doc: localized('Resynchronizes using the existing error statistics (kept for compatibility).', '기존 오차 통계를 써서 재동기화합니다(호환성용).'),
  },
  source: {
    name: 'source',
    doc: localized(
      'Shows the current time source (`Local CMOS Clock` means the computer is not synchronizing).',
      '현재 시간 원본을 보여 줍니다(`Local CMOS Clock`이면 동기화하지 않는 상태).',
    ),
  },
  configuration: {
    name: 'configuration',
    doc: localized(
      'Shows the configuration in effect and where each setting comes from (local registry or policy).',
      '적용 중인 구성과 각 설정의 출처(로컬 레지스트리 또는 정책)를 보여 줍니다.',
    ),
  },
  peers: {
    name: 'peers',
    doc: localized('Shows the peers and their state (mode, stratum, last sync).', '피어와 그 상태(모드, stratum, 마지막 동기화)를 보여 줍니다.'),
  },
  status: {
    name: 'status',
    doc: localized(
      'Shows the service status: stratum, source, last successful sync, poll interval.',
      '서비스 상태(stratum, 원본, 마지막 동기화, 폴링 간격)를 보여 줍니다.',
    ),
  },
  verbose: { name: 'verbose', doc: localized('Shows more detail, including settings that are not in use.', '사용하지 않는 설정까지 자세히 보여 줍니다.') },
  period: {
    name: 'period',
    doc: localized('Seconds between samples (default 2).', '표본 사이의 간격(초, 기본값 2).'),
    value: { placeholder: '<seconds>', numeric: true },
  },
  dataonly: { name: 'dataonly', doc: localized('Prints only the offsets, without the text graph.', '텍스트 그래프 없이 오프셋만 출력합니다.') },
  samples: {
    name: 'samples',
    doc: localized('Stops after this many samples (otherwise runs until Ctrl+C).', '이 개수만큼 표본을 모은 뒤 멈춥니다(없으면 Ctrl+C까지 계속).'),
    value: { placeholder: '<count>', numeric: true },
  },
  rdtsc: {
    name: 'rdtsc',
    doc: localized('Prints comma-separated values with RDTSC counters instead of the graph.', '그래프 대신 RDTSC 카운터가 포함된 쉼표 구분 값을 출력합니다.'),
  },
  packetinfo: { name: 'packetinfo', doc: localized('Prints the NTP response packet of each sample.', '표본마다 NTP 응답 패킷을 출력합니다.') },
  ipprotocol: {
    name: 'ipprotocol',
    doc: localized('Uses only IPv4 (4) or IPv6 (6).', 'IPv4(4) 또는 IPv6(6)만 씁니다.'),
    value: { placeholder: '<4|6>', values: { '4': localized('IPv4', 'IPv4'), '6': localized('IPv6', 'IPv6') } },
  },
  domain: {
    name: 'domain',
    doc: localized('The domain whose domain controllers to monitor.', '모니터링할 도메인 컨트롤러의 도메인.'),
    value: { placeholder: '<domain>' },
  },
  computers: {
    name: 'computers',
    doc: localized(
      'The computers to monitor, separated by commas without blanks; a leading `*` marks a PDC.',
      '모니터링할 컴퓨터를 공백 없이 쉼표로 구분합니다. 앞에 `*`를 붙이면 PDC로 취급합니다.',
    ),
    value: { placeholder: '<name>[,<name>...]' },
  },
  threads: {
    name: 'threads',
    doc: localized('How many computers to query at once (1-50, default 3).', '동시에 조회할 컴퓨터 수(1-50, 기본값 3).'),
    value: { placeholder: '<num>', numeric: true },
  },
  nowarn: { name: 'nowarn', doc: localized('Skips the warning messages.', '경고 메시지를 생략합니다.') },
  subkey: {
    name: 'subkey',
    doc: localized(
      'Shows the values of this subkey of `HKLM\\SYSTEM\\CurrentControlSet\\Services\\W32Time` (for example `Parameters`, `Config`, `TimeProviders\\NtpClient`).',
      '`HKLM\\SYSTEM\\CurrentControlSet\\Services\\W32Time`의 이 하위 키 값을 보여 줍니다(예: `Parameters`, `Config`, `TimeProviders\\NtpClient`).',
    ),
    value: { placeholder: '<key>' },
  },
  disable: { name: 'disable', doc: localized('Turns the private debug log off.', '개인 디버그 로그를 끕니다.') },
  enable: {
    name: 'enable',
    doc: localized('Turns the private debug log on (needs `/file`, `/size` and `/entries`).', '개인 디버그 로그를 켭니다(`/file`, `/size`, `/entries` 필요).'),
  },
  file: { name: 'file', doc: localized('The absolute path of the debug log.', '디버그 로그의 절대 경로.'), value: { placeholder: '<name>' } },
  size: {
    name: 'size',
    doc: localized('The largest size of the circular debug log, in bytes.', '순환 디버그 로그의 최대 크기(바이트).'),
    value: { placeholder: '<bytes>', numeric: true },
  },
  entries: {
    name: 'entries',
    doc: localized(
      'Which kinds of entries to log: numbers 0-300 and ranges, such as `0-300` for everything.',
      '기록할 항목 종류: 0-300의 숫자와 범위(모두 기록하려면 `0-300`).',
    ),
    value: { placeholder: '<value>' },
  },
  truncate: { name: 'truncate', doc: localized('Empties the log file if it exists.', '로그 파일이 있으면 비웁니다.') },
  getstatus: { name: 'getstatus', doc: localized('Shows the leap second state.', '윤초 상태를 보여 줍니다.') },
};

/** `/computer` means a different computer for each verb. */
const COMPUTER_DOCS: Readonly<Record<string, SwitchSpec>> = {
  config: computer('Changes the configuration of this computer instead of the local one.', '로컬 컴퓨터 대신 이 컴퓨터의 구성을 바꿉니다.'),
  resync: computer('The computer that should resynchronize (default: the local one).', '재동기화할 컴퓨터(기본값: 로컬 컴퓨터).'),
  query: computer('Queries this computer instead of the local one.', '로컬 컴퓨터 대신 이 컴퓨터를 조회합니다.'),
  stripchart: computer('The computer whose offset from this one is measured (required).', '이 컴퓨터와의 오프셋을 잴 컴퓨터(필수).'),
  dumpreg: computer('Reads the registry of this computer.', '이 컴퓨터의 레지스트리를 읽습니다.'),
};

/** Operations: the first switch of a command. */
export const VERBS: Readonly<Record<string, VerbSpec>> = {
  config: {
    name: 'config',
    doc: localized(
      'Changes the time service configuration in the registry; `/update` (or a service restart) makes the service use it.',
      '레지스트리의 시간 서비스 구성을 바꿉니다. `/update`(또는 서비스 재시작)가 있어야 서비스가 새 구성을 씁니다.',
    ),
    switches: ['computer', 'update', 'manualpeerlist', 'syncfromflags', 'localclockdispersion', 'reliable', 'largephaseoffset'],
  },
  resync: {
    name: 'resync',
    doc: localized(
      'Tells the service to resynchronize its clock as soon as possible, discarding accumulated error statistics.',
      '쌓인 오차 통계를 버리고 가능한 한 빨리 시계를 다시 동기화하라고 서비스에 알립니다.',
    ),
    switches: ['computer', 'nowait', 'rediscover', 'soft'],
    value: { placeholder: '<computer>' },
    valueOptional: true,
  },
  query: {
    name: 'query',
    doc: localized(
      'Shows the time service information: one of `/source`, `/configuration`, `/peers`, `/status`.',
      '시간 서비스 정보를 보여 줍니다: `/source`, `/configuration`, `/peers`, `/status` 중 하나.',
    ),
    switches: ['computer', 'source', 'configuration', 'peers', 'status', 'verbose'],
  },
  stripchart: {
    name: 'stripchart',
    doc: localized('Shows the offset between this computer and another one, sample by sample.', '이 컴퓨터와 다른 컴퓨터의 오프셋을 표본마다 보여 줍니다.'),
    switches: ['computer', 'period', 'dataonly', 'samples', 'rdtsc', 'packetinfo', 'ipprotocol'],
  },
  monitor: {
    name: 'monitor',
    doc: localized('Monitors the time of domain controllers or of the listed computers.', '도메인 컨트롤러나 지정한 컴퓨터의 시간을 모니터링합니다.'),
    switches: ['domain', 'computers', 'threads', 'ipprotocol', 'nowarn'],
  },
  dumpreg: {
    name: 'dumpreg',
    doc: localized('Shows the values of the W32Time registry key or one of its subkeys.', 'W32Time 레지스트리 키나 그 하위 키의 값을 보여 줍니다.'),
    switches: ['subkey', 'computer'],
  },
  register: {
    name: 'register',
    doc: localized(
      'Registers the time service and writes its default configuration to the registry.',
      '시간 서비스를 등록하고 기본 구성을 레지스트리에 씁니다.',
    ),
    switches: [],
  },
  unregister: {
    name: 'unregister',
    doc: localized(
      'Unregisters the time service and removes its configuration from the registry.',
      '시간 서비스 등록을 해제하고 레지스트리에서 구성을 지웁니다.',
    ),
    switches: [],
  },
  tz: { name: 'tz', doc: localized('Shows the current time zone settings.', '현재 표준 시간대 설정을 보여 줍니다.'), switches: [] },
  ntte: {
    name: 'ntte',
    doc: localized(
      'Converts an NT system time (100 ns units since 1601) into a readable date.',
      'NT 시스템 시간(1601년부터 100ns 단위)을 읽을 수 있는 날짜로 바꿉니다.',
    ),
    switches: [],
    positional: true,
  },
  ntpte: {
    name: 'ntpte',
    doc: localized(
      'Converts an NTP time (2^-32 s units since 1900) into a readable date.',
      'NTP 시간(1900년부터 2^-32초 단위)을 읽을 수 있는 날짜로 바꿉니다.',
    ),
    switches: [],
    positional: true,
  },
  debug: {
    name: 'debug',
    doc: localized('Turns the private log of the time service on or off.', '시간 서비스의 개인 로그를 켜거나 끕니다.'),
    switches: ['disable', 'enable', 'file', 'size', 'entries', 'truncate'],
  },
  leapseconds: {
    name: 'leapseconds',
    doc: localized(
      'Shows the leap second state (Windows 10 1809 / Windows Server 2019 and later).',
      '윤초 상태를 보여 줍니다(Windows 10 1809 / Windows Server 2019 이상).',
    ),
    switches: ['getstatus', 'verbose'],
  },
};

/** Every switch name w32tm knows, verbs included. */
export const ALL_SWITCH_NAMES: ReadonlySet<string> = new Set([...Object.keys(SWITCHES), ...Object.keys(VERBS), 'computer']);

/** The spec of a switch as used with a verb (`/computer` depends on the verb). */
export function switchSpec(name: string, verb: string | undefined): SwitchSpec | undefined {
  if (name === 'computer') return COMPUTER_DOCS[verb ?? 'config'] ?? COMPUTER_DOCS['config'];
  return VERBS[name] ?? SWITCHES[name];
}
