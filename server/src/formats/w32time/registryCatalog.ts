import { localized, type Localized } from '../../core/localized';
import type { RegistryType } from '../script/types';

/** Microsoft's registry reference for W32Time ("Windows Time service tools and settings"). */
export const REGISTRY_DOCS = {
  en: 'https://learn.microsoft.com/en-us/windows-server/networking/windows-time-service/windows-time-service-tools-and-settings#w32time-registry-reference',
  ko: 'https://learn.microsoft.com/ko-kr/windows-server/networking/windows-time-service/windows-time-service-tools-and-settings#w32time-registry-reference',
} as const;

type ValueUnit = 'seconds' | 'log2-seconds' | 'milliseconds' | '10ms' | '100ns' | 'minutes' | 'ppm' | 'bytes';

export interface RegistryValueSpec {
  readonly name: string;
  readonly type: RegistryType;
  readonly doc: Localized;
  readonly unit?: ValueUnit;
  readonly min?: number;
  readonly max?: number;
  /** Meaning of particular values (numbers as decimal text, or keywords). */
  readonly values?: Readonly<Record<string, Localized>>;
  /** Bits of a flags value. */
  readonly flags?: Readonly<Record<number, Localized>>;
  /** Defaults by role, as Microsoft lists them. */
  readonly defaults?: Localized;
  /** Written by the service itself; changing it has unpredictable results. */
  readonly reserved?: boolean;
}

export interface RegistrySubkeySpec {
  /** Below W32Time, e.g. `TimeProviders\NtpClient`; '' is W32Time itself. */
  readonly path: string;
  readonly doc: Localized;
  readonly values: Readonly<Record<string, RegistryValueSpec>>;
}

type Extra = Omit<RegistryValueSpec, 'name' | 'type' | 'doc'>;
const l = localized;
const dword = (name: string, doc: Localized, extra: Extra = {}): RegistryValueSpec => ({ name, type: 'REG_DWORD', doc, ...extra });
const text = (name: string, type: RegistryType, doc: Localized, extra: Extra = {}): RegistryValueSpec => ({ name, type, doc, ...extra });
const onOff = { '0': l('No', '아니요'), '1': l('Yes', '예') };
const byName = (values: readonly RegistryValueSpec[]): Record<string, RegistryValueSpec> => Object.fromEntries(values.map((v) => [v.name.toLowerCase(), v]));

const phaseCorrection = (sign: 'positive' | 'negative', ko: string): RegistryValueSpec =>
  dword(
    sign === 'positive' ? 'MaxPosPhaseCorrection' : 'MaxNegPhaseCorrection',
    l(
      `The largest ${sign} correction, in seconds, the service applies; a larger one is only logged. 0xFFFFFFFF means no limit.`,
      `서비스가 적용하는 가장 큰 ${ko} 보정(초)입니다. 더 큰 보정은 기록만 합니다. 0xFFFFFFFF는 제한 없음을 뜻합니다.`,
    ),
    {
      unit: 'seconds',
      defaults: l(
        '0xFFFFFFFF on domain members, 172800 (48 h) on domain controllers, 54000 (15 h) on stand-alone computers',
        '도메인 구성원 0xFFFFFFFF, 도메인 컨트롤러 172800(48시간), 독립 실행형 컴퓨터 54000(15시간)',
      ),
    },
  );

const CONFIG = byName([
  dword(
    'AnnounceFlags',
    l(
      'Whether this computer announces itself as a time server and as a reliable one.',
      '이 컴퓨터를 시간 서버로, 또 신뢰할 수 있는 시간 서버로 알릴지 정합니다.',
    ),
    {
      min: 0,
      max: 0xf,
      flags: {
        0x1: l('Always time server', '항상 시간 서버'),
        0x2: l('Automatic time server', '자동 시간 서버'),
        0x4: l('Always reliable time server', '항상 신뢰할 수 있는 시간 서버'),
        0x8: l('Automatic reliable time server', '자동으로 신뢰할 수 있는 시간 서버'),
      },
      defaults: l('10 (0xA)', '10(0xA)'),
    },
  ),
  dword(
    'ClockAdjustmentAuditLimit',
    l(
      'The smallest clock adjustment logged to the event log (Windows 10 / Server 2016 1709 and later).',
      '이벤트 로그에 기록하는 가장 작은 시계 조정(Windows 10 / Server 2016 1709 이상).',
    ),
    { unit: 'ppm', defaults: l('800', '800') },
  ),
  dword(
    'ClockHoldoverPeriod',
    l(
      'How long the clock is trusted without samples before sources are rediscovered (1709 and later).',
      '표본 없이 시계를 믿는 시간으로, 지나면 원본을 다시 찾습니다(1709 이상).',
    ),
    { unit: 'seconds', defaults: l('7800', '7800') },
  ),
  dword('EventLogFlags', l('Which events the service logs.', '서비스가 기록하는 이벤트.'), {
    flags: { 0x1: l('Time jump', '시간 점프'), 0x2: l('Source change', '원본 변경') },
    defaults: l('2', '2'),
  }),
  dword(
    'FrequencyCorrectRate',
    l('How fast the clock frequency is corrected; 0 is not valid.', '시계 주파수를 얼마나 빨리 보정할지 정합니다. 0은 올바르지 않습니다.'),
    { min: 1, defaults: l('4', '4') },
  ),
  dword(
    'HoldPeriod',
    l('For how many samples spike detection stays off so the clock can lock quickly.', '시계가 빨리 맞춰지도록 급변 감지를 끄는 기간(표본 수).'),
    { defaults: l('5', '5') },
  ),
  dword('LargePhaseOffset', l('An offset at least this large (in 100 ns units) counts as a spike.', '이 값(100ns 단위) 이상의 차이는 급변으로 봅니다.'), {
    unit: '100ns',
    defaults: l('50000000 (5 s)', '50000000(5초)'),
  }),
  dword('LocalClockDispersion', l('The dispersion assumed when the only source is the local CMOS clock.', '원본이 로컬 CMOS 시계뿐일 때 가정하는 분산.'), {
    unit: 'seconds',
    defaults: l('10', '10'),
  }),
  dword(
    'MaxAllowedPhaseOffset',
    l(
      'Offsets up to this are corrected gradually by the clock rate; larger ones are set at once.',
      '이 값까지의 차이는 시계 속도로 천천히 보정하고, 더 크면 시계를 바로 설정합니다.',
    ),
    { unit: 'seconds', defaults: l('300 on domain members, 1 on stand-alone computers', '도메인 구성원 300, 독립 실행형 컴퓨터 1') },
  ),
  dword('MaxClockRate', l('Maintained by the service.', '서비스가 관리하는 값입니다.'), { reserved: true }),
  phaseCorrection('negative', '음의'),
  dword('MaxPollInterval', l('The longest poll interval, as a power of two seconds.', '가장 긴 폴링 간격(2의 거듭제곱 초).'), {
    unit: 'log2-seconds',
    min: 0,
    max: 31,
    defaults: l('10 on domain controllers, 15 elsewhere', '도메인 컨트롤러 10, 그 밖 15'),
  }),
  phaseCorrection('positive', '양의'),
  dword('MinClockRate', l('Maintained by the service.', '서비스가 관리하는 값입니다.'), { reserved: true }),
  dword(
    'MinPollInterval',
    l(
      'The shortest poll interval, as a power of two seconds; since Windows 10 1703 it also bounds SpecialPollInterval.',
      '가장 짧은 폴링 간격(2의 거듭제곱 초). Windows 10 1703부터 SpecialPollInterval의 하한이기도 합니다.',
    ),
    { unit: 'log2-seconds', min: 0, max: 31, defaults: l('6 on domain controllers, 10 elsewhere', '도메인 컨트롤러 6, 그 밖 10') },
  ),
  dword('PhaseCorrectRate', l('How fast the phase error is corrected; 0 is not valid.', '위상 오차를 얼마나 빨리 보정할지 정합니다. 0은 올바르지 않습니다.'), {
    min: 1,
    defaults: l('1 on domain members, 7 on stand-alone computers', '도메인 구성원 1, 독립 실행형 컴퓨터 7'),
  }),
  dword('PollAdjustFactor', l('How readily the poll interval changes with the error.', '오차에 따라 폴링 간격을 얼마나 쉽게 바꿀지 정합니다.'), {
    defaults: l('5', '5'),
  }),
  dword('SpikeWatchPeriod', l('How long a suspicious offset must persist before it is accepted.', '의심스러운 차이가 받아들여지기까지 지속돼야 하는 시간.'), {
    unit: 'seconds',
    defaults: l('900', '900'),
  }),
  dword('TimeJumpAuditOffset', l('A clock set by more than this is audited in the event log.', '이보다 크게 시계를 설정하면 감사 이벤트를 기록합니다.'), {
    unit: 'seconds',
  }),
  dword('UpdateInterval', l('The interval between phase correction adjustments.', '위상 보정 사이의 간격.'), {
    unit: '10ms',
    defaults: l(
      '100 on domain controllers, 30000 on domain members, 360000 on stand-alone computers',
      '도메인 컨트롤러 100, 도메인 구성원 30000, 독립 실행형 컴퓨터 360000',
    ),
  }),
  dword(
    'UtilizeSslTimeData',
    l('Whether secure time seeding (SSL timestamps) may set a grossly wrong clock.', '크게 틀린 시계를 보안 시간 시딩(SSL 타임스탬프)으로 맞출지 정합니다.'),
    { values: onOff, min: 0, max: 1, defaults: l('1 (0 on Windows Server 2025)', '1(Windows Server 2025는 0)') },
  ),
  text('FileLogEntries', 'REG_SZ', l('Which debug log entries to write: numbers and ranges within 0-300.', '기록할 디버그 로그 항목: 0-300 안의 숫자와 범위.')),
  text('FileLogName', 'REG_SZ', l('The full path of the debug log file.', '디버그 로그 파일의 전체 경로.')),
  dword('FileLogSize', l('The size at which the circular debug log wraps (1000000 or more).', '순환 디버그 로그가 되감기는 크기(1000000 이상).'), {
    unit: 'bytes',
  }),
]);

const PARAMETERS = byName([
  text(
    'NtpServer',
    'REG_SZ',
    l(
      'The manual peers: DNS names or IP addresses separated by blanks, each optionally with `,flags` (0x1 SpecialInterval, 0x2 UseAsFallbackOnly, 0x4 SymmetricActive, 0x8 Client). Used when `Type` is NTP or AllSync.',
      '수동 피어: 공백으로 구분한 DNS 이름 또는 IP 주소이고, 각각 `,플래그`를 붙일 수 있습니다(0x1 SpecialInterval, 0x2 UseAsFallbackOnly, 0x4 SymmetricActive, 0x8 Client). `Type`이 NTP나 AllSync일 때 쓰입니다.',
    ),
    {
      defaults: l(
        'none on domain members; on stand-alone computers `time.windows.com,0x9` (Group Policy defaults) or `time.windows.com,0x1` (registry reference)',
        '도메인 구성원은 없음, 독립 실행형 컴퓨터는 `time.windows.com,0x9`(그룹 정책 기본값) 또는 `time.windows.com,0x1`(레지스트리 참조)',
      ),
    },
  ),
  text('Type', 'REG_SZ', l('Where the service takes time from.', '서비스가 시간을 가져오는 곳.'), {
    values: {
      NoSync: l('Does not synchronize.', '동기화하지 않습니다.'),
      NTP: l('The servers in `NtpServer`.', '`NtpServer`의 서버.'),
      NT5DS: l('The domain hierarchy.', '도메인 계층.'),
      AllSync: l('Every available mechanism.', '사용할 수 있는 모든 방법.'),
    },
    defaults: l('NT5DS on domain members, NTP on stand-alone computers', '도메인 구성원 NT5DS, 독립 실행형 컴퓨터 NTP'),
  }),
  text('ServiceDll', 'REG_EXPAND_SZ', l('Maintained by Windows: the service DLL.', 'Windows가 관리: 서비스 DLL.'), { reserved: true }),
  dword('ServiceDllUnloadOnStop', l('Whether the DLL is unloaded when the service stops.', '서비스가 멈출 때 DLL을 내릴지 정합니다.'), {
    values: onOff,
    min: 0,
    max: 1,
    defaults: l('1', '1'),
  }),
  text('ServiceMain', 'REG_SZ', l('Maintained by Windows.', 'Windows가 관리하는 값입니다.'), { reserved: true }),
]);

const providerValues = (role: 'client' | 'server'): RegistryValueSpec[] => [
  dword('AllowNonstandardModeCombinations', l('Whether nonstandard NTP mode combinations are accepted.', '표준이 아닌 NTP 모드 조합을 받아들일지 정합니다.'), {
    values: onOff,
    min: 0,
    max: 1,
    defaults: l('1', '1'),
  }),
  text('DllName', 'REG_EXPAND_SZ', l('The DLL of the time provider.', '시간 공급자의 DLL.'), {
    defaults: l('%windir%\\System32\\w32time.dll', '%windir%\\System32\\w32time.dll'),
  }),
  dword(
    'Enabled',
    role === 'client'
      ? l('Whether the NTP client provider is enabled.', 'NTP 클라이언트 공급자를 켤지 정합니다.')
      : l(
          'Whether the NTP server provider is enabled: 1 answers NTP requests from other computers.',
          'NTP 서버 공급자를 켤지 정합니다. 1이면 다른 컴퓨터의 NTP 요청에 응답합니다.',
        ),
    { values: onOff, min: 0, max: 1, defaults: l(role === 'client' ? '1' : '0', role === 'client' ? '1' : '0') },
  ),
  dword('InputProvider', l('Whether the provider is used as an input (time source) provider.', '공급자를 입력(시간 원본) 공급자로 쓸지 정합니다.'), {
    values: onOff,
    min: 0,
    max: 1,
    defaults: l(role === 'client' ? '1' : '0', role === 'client' ? '1' : '0'),
  }),
];

const NTP_CLIENT = byName([
  ...providerValues('client'),
  dword('CompatibilityFlags', l("Compatibility handling of peers' responses.", '피어 응답의 호환성 처리.'), { defaults: l('0x80000000', '0x80000000') }),
  dword(
    'CrossSiteSyncFlags',
    l('Whether a domain source may be outside the site; used only with NT5DS.', '도메인 원본을 사이트 밖에서 고를 수 있는지 정합니다. NT5DS일 때만 쓰입니다.'),
    { values: { '0': l('None', '없음'), '1': l('PDC only', 'PDC만'), '2': l('All', '모두') }, min: 0, max: 2, defaults: l('2', '2') },
  ),
  dword('EventLogFlags', l('Which events the NTP client logs.', 'NTP 클라이언트가 기록하는 이벤트.'), {
    flags: { 0x1: l('Reachability changes', '도달 가능성 변화'), 0x2: l('Large sample skew', '큰 표본 차이') },
    defaults: l('1', '1'),
  }),
  dword('LargeSampleSkew', l('The sample skew that is logged when EventLogFlags has 0x2.', 'EventLogFlags에 0x2가 있을 때 기록하는 표본 차이.'), {
    unit: 'seconds',
    defaults: l('3', '3'),
  }),
  dword('LastClockRate', l('Maintained by the service.', '서비스가 관리하는 값입니다.'), { reserved: true }),
  dword('ResolvePeerBackoffMaxTimes', l('How many times the wait before retrying a peer doubles.', '피어를 다시 찾기 전 대기 시간이 두 배가 되는 최대 횟수.'), {
    defaults: l('7', '7'),
  }),
  dword('ResolvePeerBackoffMinutes', l('The first wait before retrying to find a peer.', '피어를 다시 찾기 전 첫 대기 시간.'), {
    unit: 'minutes',
    defaults: l('15', '15'),
  }),
  dword(
    'SpecialPollInterval',
    l(
      'The fixed poll interval for peers flagged 0x1 (SpecialInterval); ignored for other peers. Since Windows 10 1703 it is kept within MinPollInterval and MaxPollInterval.',
      '0x1(SpecialInterval) 플래그가 있는 피어의 고정 폴링 간격입니다. 다른 피어에는 쓰이지 않습니다. Windows 10 1703부터 MinPollInterval과 MaxPollInterval 사이로 제한됩니다.',
    ),
    {
      unit: 'seconds',
      min: 1,
      defaults: l('3600 on domain members, 604800 (7 days) on stand-alone computers', '도메인 구성원 3600, 독립 실행형 컴퓨터 604800(7일)'),
    },
  ),
  text('SpecialPollTimeRemaining', 'REG_MULTI_SZ', l('Maintained by the service.', '서비스가 관리하는 값입니다.'), { reserved: true }),
]);

const NTP_SERVER = byName([
  ...providerValues('server'),
  dword('ChainDisable', l('Whether RODC chaining is disabled.', 'RODC 체이닝을 끌지 정합니다.'), { values: onOff, min: 0, max: 1, defaults: l('0', '0') }),
  dword('ChainEntryTimeout', l('How long a chaining entry lives.', '체이닝 항목의 수명.'), { unit: 'seconds', defaults: l('16', '16') }),
  dword('ChainLoggingRate', l('How often chaining statistics are logged.', '체이닝 통계를 기록하는 주기.'), { unit: 'minutes', defaults: l('30', '30') }),
  dword('ChainMaxEntries', l('The size of the chaining table.', '체이닝 표의 크기.'), { defaults: l('128', '128') }),
  dword('ChainMaxHostEntries', l('Chaining entries per host.', '호스트당 체이닝 항목 수.'), { defaults: l('4', '4') }),
  dword('EventLogFlags', l('Which events the NTP server logs.', 'NTP 서버가 기록하는 이벤트.'), { defaults: l('1', '1') }),
  dword(
    'RequireSecureTimeSyncRequests',
    l('Whether a DC refuses requests that use older authentication.', 'DC가 오래된 인증을 쓰는 요청을 거부할지 정합니다.'),
    { values: onOff, min: 0, max: 1, defaults: l('0', '0') },
  ),
]);

const REGISTRY_SUBKEYS: readonly RegistrySubkeySpec[] = [
  { path: '', doc: l('The Windows Time service key.', 'Windows 시간 서비스 키.'), values: {} },
  {
    path: 'Config',
    doc: l(
      'How the service disciplines the clock: poll intervals, correction limits, announcement.',
      '서비스가 시계를 맞추는 방식: 폴링 간격, 보정 한도, 알림.',
    ),
    values: CONFIG,
  },
  { path: 'Parameters', doc: l('Where time comes from: `Type` and `NtpServer`.', '시간을 가져오는 곳: `Type`과 `NtpServer`.'), values: PARAMETERS },
  { path: 'TimeProviders', doc: l('The time providers.', '시간 공급자.'), values: {} },
  {
    path: 'TimeProviders\\NtpClient',
    doc: l('The NTP client provider: takes time from the peers.', 'NTP 클라이언트 공급자: 피어에서 시간을 가져옵니다.'),
    values: NTP_CLIENT,
  },
  {
    path: 'TimeProviders\\NtpServer',
    doc: l('The NTP server provider: serves time to other computers.', 'NTP 서버 공급자: 다른 컴퓨터에 시간을 제공합니다.'),
    values: NTP_SERVER,
  },
  {
    path: 'TimeProviders\\VMICTimeProvider',
    doc: l('The Hyper-V integration time provider (time from the virtualization host).', 'Hyper-V 통합 시간 공급자(가상화 호스트의 시간).'),
    values: byName([
      dword('Enabled', l('Whether the virtual machine takes time from the Hyper-V host.', '가상 머신이 Hyper-V 호스트에서 시간을 가져올지 정합니다.'), {
        values: onOff,
        min: 0,
        max: 1,
      }),
    ]),
  },
];

const BY_PATH = new Map(REGISTRY_SUBKEYS.map((s) => [s.path.toLowerCase(), s]));

export function subkeySpec(segments: readonly string[]): RegistrySubkeySpec | undefined {
  return BY_PATH.get(segments.join('\\').toLowerCase());
}

/** Every subkey that has a value of this name (some names, such as `Enabled`, exist in several). */
export function subkeysWithValue(name: string): RegistrySubkeySpec[] {
  const lower = name.toLowerCase();
  return REGISTRY_SUBKEYS.filter((s) => s.values[lower] !== undefined);
}

/** Known names of one level below a parent path: `Config`, `Parameters`, `TimeProviders`, then `NtpClient`… */
export function childSegments(parent: readonly string[]): string[] {
  const prefix = parent.length === 0 ? '' : `${parent.join('\\').toLowerCase()}\\`;
  return REGISTRY_SUBKEYS.filter((s) => s.path !== '' && s.path.toLowerCase().startsWith(prefix) && !s.path.slice(prefix.length).includes('\\')).map((s) =>
    s.path.slice(prefix.length),
  );
}
