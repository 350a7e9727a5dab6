import type { OptionSpec, ValueType } from '../types';
import { BIT, keyed, NTPD, NTPSEC, PATH, SECONDS, STRATUM, WORD } from './common';

/** NTPsec reads `time1`/`time2` as decimal seconds with an optional `g`/`G` GPS-era suffix (`0.5g`). */
const ERA_SECONDS: ValueType = { kind: 'number', unit: 'seconds', suffixes: ['g', 'G'] };

function fudgeFlag(n: 1 | 2 | 3 | 4): OptionSpec {
  const extra = n === 4 ? ' By convention `flag4 1` also writes driver data to the clockstats file.' : '';
  const extraKo = n === 4 ? ' 관례상 `flag4 1`은 드라이버 데이터를 clockstats 파일에도 기록합니다.' : '';
  return keyed(
    `flag${n}`,
    BIT,
    `Driver-specific switch number ${n} (0 or 1); what it does depends on the clock driver.${extra}`,
    `드라이버마다 의미가 다른 ${n}번 스위치(0 또는 1)입니다.${extraKo}`,
  );
}

/** Calibration values shared by `fudge 127.127.t.u …` (all dialects) and NTPsec `refclock`. */
export const FUDGE_FACTORS: readonly OptionSpec[] = [
  keyed(
    'time1',
    SECONDS,
    'Constant offset in seconds added to the time the driver reports; used to calibrate cable, serial or receiver delays.',
    '드라이버가 보고한 시각에 더하는 고정 오프셋(초)입니다. 케이블, 직렬 포트, 수신기 지연을 보정할 때 씁니다.',
  ),
  keyed(
    'time2',
    SECONDS,
    'Second driver-specific time value in seconds (for example the PPS offset or a serial-data fudge, depending on the driver).',
    '드라이버마다 의미가 다른 두 번째 시간 값(초)입니다(드라이버에 따라 PPS 오프셋, 직렬 데이터 보정 등).',
  ),
  keyed(
    'stratum',
    STRATUM,
    'Stratum the clock claims instead of the driver default (normally 0). ntpd 4.2.8 and NTPsec accept 0–16 (the docs say 0–15); for the LOCAL driver use 10 or more.',
    '드라이버 기본값(보통 0) 대신 이 시계가 내세울 스트라텀입니다. ntpd 4.2.8과 NTPsec은 0–16을 받습니다(문서상 0–15). LOCAL 드라이버에는 10 이상을 쓰세요.',
  ),
  keyed(
    'refid',
    WORD,
    'Reference identifier shown to clients, one to four ASCII characters (for example `GPS` or `PPS`), replacing the driver default.',
    '클라이언트에 보이는 참조 식별자로, ASCII 1–4자입니다(예: `GPS`, `PPS`). 드라이버 기본값을 바꿉니다.',
  ),
  fudgeFlag(1),
  fudgeFlag(2),
  fudgeFlag(3),
  fudgeFlag(4),
];

/** `fudge` in ntpd 4.2.8 also knows `minjitter`. */
export const FUDGE_OPTIONS: readonly OptionSpec[] = [
  ...FUDGE_FACTORS,
  keyed(
    'minjitter',
    { kind: 'number', min: 0, unit: 'seconds' },
    'Lower bound in seconds for the jitter estimate of this clock, so a source whose jitter cannot be measured well is not thrown out as a falseticker (ntpd 4.2.8p14 and later).',
    '이 시계의 지터 추정값에 대한 하한(초)입니다. 지터를 제대로 잴 수 없는 소스가 falseticker로 버려지지 않게 합니다(ntpd 4.2.8p14 이상).',
    { dialects: NTPD },
  ),
];

/** Options only a reference clock understands, as NTPsec's `refclock` and legacy `server 127.127.t.u` lines take them. */
export const REFCLOCK_DEVICE_OPTIONS: readonly OptionSpec[] = [
  keyed(
    'subtype',
    { kind: 'integer', min: 0, takesUnsigned: true },
    'Selects the device variant in drivers that support several (notably `generic` and `jjy`); the meaning is driver-specific.',
    '여러 장치 종류를 지원하는 드라이버(특히 `generic`, `jjy`)에서 장치 변형을 고릅니다. 의미는 드라이버마다 다릅니다.',
  ),
  keyed('path', PATH, 'Device path to use instead of the driver default (such as `/dev/gps0`).', '드라이버 기본값(예: `/dev/gps0`) 대신 쓸 장치 경로입니다.'),
  keyed(
    'ppspath',
    PATH,
    'PPS device path to use instead of the driver default (such as `/dev/pps0`).',
    '드라이버 기본값(예: `/dev/pps0`) 대신 쓸 PPS 장치 경로입니다.',
  ),
  keyed(
    'baud',
    { kind: 'integer', min: 1, takesUnsigned: true },
    'Serial line speed to use instead of the driver default (for example 4800 or 9600).',
    '드라이버 기본값 대신 쓸 직렬 통신 속도입니다(예: 4800, 9600).',
  ),
  keyed(
    'holdover',
    { kind: 'integer', takesUnsigned: true },
    'Undocumented in NTPsec 1.2.2: marks the clock for holdover handling. The parser wants an integer, but only the flag is used.',
    'NTPsec 1.2.2 문서에 없는 옵션으로, 시계를 holdover 처리 대상으로 표시합니다. 파서는 정수를 요구하지만 실제로는 플래그로만 씁니다.',
  ),
];

/** NTPsec `refclock` versions of time1/time2 that also accept the `g`/`G` era suffix. */
export const REFCLOCK_TIME_OPTIONS: readonly OptionSpec[] = [
  keyed(
    'time1',
    ERA_SECONDS,
    'Constant offset in seconds added to the driver time (calibration). Each trailing `g` adds one 10-bit GPS era (1024 weeks) and each `G` one 13-bit era, to repair week-number rollover.',
    '드라이버 시각에 더하는 고정 오프셋(초)으로 보정에 씁니다. 끝에 붙인 `g` 하나마다 10비트 GPS 주기(1024주), `G` 하나마다 13비트 주기를 더해 주차 번호 롤오버를 바로잡습니다.',
  ),
  keyed(
    'time2',
    ERA_SECONDS,
    'Second driver-specific time value in seconds; see the driver page for its meaning.',
    '드라이버마다 의미가 다른 두 번째 시간 값(초)입니다. 의미는 드라이버 문서를 보세요.',
  ),
];

/** The same options restricted to NTPsec, for `server`/`pool`/`peer` lines (legacy 127.127.t.u refclock addresses). */
export const LEGACY_REFCLOCK_SERVER_OPTIONS: readonly OptionSpec[] = [...FUDGE_FACTORS, ...REFCLOCK_DEVICE_OPTIONS].map((option) => ({
  ...option,
  doc: {
    en: `${option.doc.en} NTPsec accepts it on \`server\` lines; it only has an effect with a legacy 127.127.t.u refclock address.`,
    ko: `${option.doc.ko} NTPsec은 \`server\` 줄에서도 받지만, 예전 방식의 127.127.t.u 참조 시계 주소에서만 효과가 있습니다.`,
  },
  dialects: NTPSEC,
}));
