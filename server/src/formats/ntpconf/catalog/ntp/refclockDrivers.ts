import { localized, type Localized } from '../../core/localized';

/** A reference clock driver of the ntpd family, addressed as `127.127.T.U` (type T, unit U). */
export interface RefclockDriver {
  readonly type: number;
  /** The classic ntpd name (what `ntpq -p` shows, e.g. `NMEA(0)`). */
  readonly name: string;
  /** NTPsec's `refclock <name>` spelling, for the drivers NTPsec kept. */
  readonly ntpsecName?: string;
  readonly title: Localized;
  readonly note?: Localized;
}

function driver(type: number, name: string, en: string, ko: string, extra: Partial<RefclockDriver> = {}): RefclockDriver {
  return { type, name, title: localized(en, ko), ...extra };
}

/** Classic clock type numbers (ntpd's refclock_conf table); NTPsec names from its refclock docs. */
const DRIVERS: readonly RefclockDriver[] = [
  driver(1, 'LOCAL', 'Undisciplined local clock', '보정되지 않는 로컬 시계', {
    ntpsecName: 'local',
    note: localized(
      'Serves this host\'s own clock at the stratum set by `fudge … stratum`, so clients keep a source when every upstream server is lost. Orphan mode (`tos orphan N`) does this job better.',
      '`fudge … stratum`으로 정한 계층으로 이 호스트 자신의 시계를 제공해, 상위 서버가 모두 끊겨도 클라이언트가 소스를 잃지 않게 합니다. 이 역할은 고아 모드(`tos orphan N`)가 더 잘 합니다.',
    ),
  }),
  driver(2, 'GPS_TRAK', 'Trak 8820 GPS receiver (deprecated)', 'Trak 8820 GPS 수신기(폐기됨)'),
  driver(3, 'WWV_PST', 'PSTI/Traconex 1020 WWV/WWVH receiver', 'PSTI/Traconex 1020 WWV/WWVH 수신기'),
  driver(4, 'WWVB_SPEC', 'Spectracom WWVB/GPS receivers', 'Spectracom WWVB/GPS 수신기', { ntpsecName: 'spectracom' }),
  driver(5, 'TRUETIME', 'TrueTime GPS/GOES receivers', 'TrueTime GPS/GOES 수신기', { ntpsecName: 'truetime' }),
  driver(6, 'IRIG_AUDIO', 'IRIG audio decoder', 'IRIG 오디오 디코더'),
  driver(7, 'CHU_AUDIO', 'CHU radio audio demodulator/decoder', 'CHU 라디오 오디오 복조기/디코더'),
  driver(8, 'GENERIC', 'Generic reference driver (PARSE): DCF77 and many serial clocks', '범용 기준 드라이버(PARSE): DCF77과 여러 직렬 시계', { ntpsecName: 'generic' }),
  driver(9, 'GPS_MX4200', 'Magnavox MX4200 GPS receiver', 'Magnavox MX4200 GPS 수신기'),
  driver(10, 'GPS_AS2201', 'Austron 2200A/2201A GPS receivers', 'Austron 2200A/2201A GPS 수신기'),
  driver(11, 'GPS_ARBITER', 'Arbiter 1088A/B GPS receiver', 'Arbiter 1088A/B GPS 수신기', { ntpsecName: 'arbiter' }),
  driver(12, 'IRIG_TPRO', 'KSI/Odetics TPRO/S IRIG interface', 'KSI/Odetics TPRO/S IRIG 인터페이스'),
  driver(13, 'ATOM_LEITCH', 'Leitch CSD 5300 master clock controller', 'Leitch CSD 5300 마스터 시계 제어기'),
  driver(14, 'MSF_EES', 'EES M201 MSF receiver (deprecated)', 'EES M201 MSF 수신기(폐기됨)'),
  driver(16, 'IRIG_BANCOMM', 'Bancomm GPS/IRIG receiver', 'Bancomm GPS/IRIG 수신기'),
  driver(17, 'GPS_DATUM', 'Datum precision time system', 'Datum 정밀 시간 시스템'),
  driver(18, 'ACTS_MODEM', 'NIST/USNO/PTB modem time services', 'NIST/USNO/PTB 모뎀 시간 서비스', { ntpsecName: 'modem' }),
  driver(19, 'WWV_HEATH', 'Heath WWV/WWVH receiver', 'Heath WWV/WWVH 수신기'),
  driver(20, 'NMEA', 'Generic NMEA GPS receiver', '범용 NMEA GPS 수신기', {
    ntpsecName: 'nmea',
    note: localized(
      'Reads NMEA sentences from a serial GPS (`/dev/gpsU`); the sentences alone are accurate to milliseconds, a PPS signal (driver 22 or the NMEA driver\'s own PPS flag) makes it microseconds.',
      '직렬 GPS(`/dev/gpsU`)의 NMEA 문장을 읽습니다. 문장만으로는 밀리초 정확도이고, PPS 신호(22번 드라이버나 NMEA 드라이버의 PPS 플래그)를 더하면 마이크로초 정확도가 됩니다.',
    ),
  }),
  driver(21, 'GPS_VME', 'TrueTime GPS-VME interface', 'TrueTime GPS-VME 인터페이스'),
  driver(22, 'PPS', 'PPS clock discipline (ATOM)', 'PPS 시계 보정(ATOM)', {
    ntpsecName: 'pps',
    note: localized(
      'A pulse per second gives the exact start of each second but not which second it is: another source (GPS/NMEA or a server, usually marked `prefer`) must supply the time.',
      '초당 펄스는 매 초의 정확한 시작만 알려 주고 몇 초인지는 알려 주지 않습니다. 다른 소스(GPS/NMEA나 서버, 보통 `prefer` 지정)가 시각을 제공해야 합니다.',
    ),
  }),
  driver(26, 'GPS_HP', 'Hewlett-Packard 58503A GPS receivers', 'Hewlett-Packard 58503A GPS 수신기', { ntpsecName: 'hpgps' }),
  driver(27, 'ARCRON_MSF', 'Arcron MSF receiver', 'Arcron MSF 수신기'),
  driver(28, 'SHM', 'Shared memory driver', '공유 메모리 드라이버', {
    ntpsecName: 'shm',
    note: localized(
      'Another process (gpsd, ptp4l, a custom program) writes time samples into a System V shared-memory segment; units 0 and 1 are readable by root only, 2 and 3 by everyone.',
      '다른 프로세스(gpsd, ptp4l, 직접 만든 프로그램)가 System V 공유 메모리 세그먼트에 시각 샘플을 씁니다. 유닛 0, 1은 root만, 2, 3은 누구나 쓸 수 있습니다.',
    ),
  }),
  driver(29, 'GPS_PALISADE', 'Trimble Palisade/Thunderbolt/Acutime GPS receivers', 'Trimble Palisade/Thunderbolt/Acutime GPS 수신기', { ntpsecName: 'trimble' }),
  driver(30, 'GPS_ONCORE', 'Motorola Oncore GPS receiver', 'Motorola Oncore GPS 수신기', { ntpsecName: 'oncore' }),
  driver(31, 'GPS_JUPITER', 'Rockwell Jupiter GPS receiver', 'Rockwell Jupiter GPS 수신기'),
  driver(32, 'CHRONOLOG', 'Chrono-log K-series WWVB receiver', 'Chrono-log K 시리즈 WWVB 수신기'),
  driver(33, 'DUMBCLOCK', 'Dumb clock', '단순 시계(Dumb clock)'),
  driver(34, 'ULINK', 'Ultralink WWVB receivers', 'Ultralink WWVB 수신기'),
  driver(35, 'PCF', 'Conrad parallel port radio clock', 'Conrad 병렬 포트 전파 시계'),
  driver(36, 'WWV_AUDIO', 'WWV/WWVH radio audio demodulator/decoder', 'WWV/WWVH 라디오 오디오 복조기/디코더'),
  driver(37, 'FG', 'Forum Graphic GPS dating station', 'Forum Graphic GPS 시각 장치'),
  driver(38, 'HOPF_SERIAL', 'hopf GPS/DCF77 receiver on a serial line', 'hopf GPS/DCF77 수신기(직렬)'),
  driver(39, 'HOPF_PCI', 'hopf GPS/DCF77 PCI card', 'hopf GPS/DCF77 PCI 카드'),
  driver(40, 'JJY', 'JJY receivers (Japan)', 'JJY 수신기(일본)', { ntpsecName: 'jjy' }),
  driver(41, 'TT560', 'TrueTime 560 IRIG-B decoder', 'TrueTime 560 IRIG-B 디코더'),
  driver(42, 'ZYFER', 'Zyfer GPStarplus receiver', 'Zyfer GPStarplus 수신기', { ntpsecName: 'zyfer' }),
  driver(43, 'RIPENCC', 'RIPE NCC interface for Trimble Palisade', 'Trimble Palisade용 RIPE NCC 인터페이스'),
  driver(44, 'NEOCLOCK4X', 'NeoClock4X DCF77/TDF receiver', 'NeoClock4X DCF77/TDF 수신기'),
  driver(45, 'TSYNCPCI', 'Spectracom TSYNC PCI timing board', 'Spectracom TSYNC PCI 타이밍 보드'),
  driver(46, 'GPSD_JSON', 'gpsd client (JSON protocol)', 'gpsd 클라이언트(JSON 프로토콜)', { ntpsecName: 'gpsd' }),
];

const BY_TYPE: ReadonlyMap<number, RefclockDriver> = new Map(DRIVERS.map((d) => [d.type, d]));
const BY_NTPSEC_NAME: ReadonlyMap<string, RefclockDriver> = new Map(DRIVERS.filter((d) => d.ntpsecName).map((d) => [d.ntpsecName as string, d]));

export function refclockDriver(type: number): RefclockDriver | undefined {
  return BY_TYPE.get(type);
}

export function refclockDriverByNtpsecName(name: string): RefclockDriver | undefined {
  return BY_NTPSEC_NAME.get(name.toLowerCase());
}

export const REFCLOCK_ADDRESS = /^127\.127\.(\d{1,3})\.(\d{1,3})$/;

/** `127.127.20.1` → type 20, unit 1. */
export function parseRefclockAddress(word: string): { type: number; unit: number } | undefined {
  const match = REFCLOCK_ADDRESS.exec(word);
  if (match === null) return undefined;
  return { type: Number(match[1]), unit: Number(match[2]) };
}
