import { localized, type Localized } from '../../../../core/localized';

/** A reference clock driver of the ntpd family, addressed as `127.127.T.U` (type T, unit U). */
export interface RefclockDriver {
  readonly type: number;
  /** The classic ntpd name (what `ntpq -p` shows, e.g. `NMEA(0)`). */
  readonly name: string;
  /** NTPsec's `refclock <name>` spelling and its description there, for the drivers NTPsec kept (NTPsec 1.2.2 refclock.html). */
  readonly ntpsec?: { readonly name: string; readonly doc: Localized };
  readonly title: Localized;
  readonly note?: Localized;
}

function ntpsec(name: string, en: string, ko: string): RefclockDriver['ntpsec'] {
  return { name, doc: localized(en, ko) };
}

function driver(type: number, name: string, en: string, ko: string, extra: Partial<RefclockDriver> = {}): RefclockDriver {
  return { type, name, title: localized(en, ko), ...extra };
}

/** Classic clock type numbers (ntpd's refclock_conf table); NTPsec names from its refclock docs. */
const DRIVERS: readonly RefclockDriver[] = [
  driver(1, 'LOCAL', 'Undisciplined local clock', '보정되지 않는 로컬 시계', {
    ntpsec: ntpsec(
      'local',
      'Undisciplined local clock (type 1). Prefer `tos orphan` for a backup.',
      '보정되지 않은 로컬 시계(타입 1). 백업 용도로는 `tos orphan`이 낫습니다.',
    ),
    note: localized(
      "Serves this host's own clock at the stratum set by `fudge … stratum`, so clients keep a source when every upstream server is lost. Orphan mode (`tos orphan N`) does this job better.",
      '`fudge … stratum`으로 정한 계층으로 이 호스트 자신의 시계를 제공해, 상위 서버가 모두 끊겨도 클라이언트가 소스를 잃지 않게 합니다. 이 역할은 고아 모드(`tos orphan N`)가 더 잘 합니다.',
    ),
  }),
  driver(2, 'GPS_TRAK', 'Trak 8820 GPS receiver (deprecated)', 'Trak 8820 GPS 수신기(폐기됨)'),
  driver(3, 'WWV_PST', 'PSTI/Traconex 1020 WWV/WWVH receiver', 'PSTI/Traconex 1020 WWV/WWVH 수신기'),
  driver(4, 'WWVB_SPEC', 'Spectracom WWVB/GPS receivers', 'Spectracom WWVB/GPS 수신기', {
    ntpsec: ntpsec(
      'spectracom',
      'Generic Spectracom receivers, WWVB and GPS (type 4). Deprecated.',
      '일반 Spectracom 수신기, WWVB·GPS(타입 4). 사용 중단 예정입니다.',
    ),
  }),
  driver(5, 'TRUETIME', 'TrueTime GPS/GOES receivers', 'TrueTime GPS/GOES 수신기', {
    ntpsec: ntpsec(
      'truetime',
      'TrueTime GPS/GOES receivers (type 5). Not built in the Debian package.',
      'TrueTime GPS/GOES 수신기(타입 5). 데비안 패키지에는 빌드되지 않았습니다.',
    ),
  }),
  driver(6, 'IRIG_AUDIO', 'IRIG audio decoder', 'IRIG 오디오 디코더'),
  driver(7, 'CHU_AUDIO', 'CHU radio audio demodulator/decoder', 'CHU 라디오 오디오 복조기/디코더'),
  driver(8, 'GENERIC', 'Generic reference driver (PARSE): DCF77 and many serial clocks', '범용 기준 드라이버(PARSE): DCF77과 여러 직렬 시계', {
    ntpsec: ntpsec(
      'generic',
      'Generic reference driver “parse” for many DCF77/GPS receivers (type 8); pick the device with `subtype`.',
      '여러 DCF77/GPS 수신기를 위한 범용 parse 드라이버(타입 8). 장치는 `subtype`으로 고릅니다.',
    ),
  }),
  driver(9, 'GPS_MX4200', 'Magnavox MX4200 GPS receiver', 'Magnavox MX4200 GPS 수신기'),
  driver(10, 'GPS_AS2201', 'Austron 2200A/2201A GPS receivers', 'Austron 2200A/2201A GPS 수신기'),
  driver(11, 'GPS_ARBITER', 'Arbiter 1088A/B GPS receiver', 'Arbiter 1088A/B GPS 수신기', {
    ntpsec: ntpsec('arbiter', 'Arbiter 1088A/B GPS receiver (type 11).', 'Arbiter 1088A/B GPS 수신기(타입 11).'),
  }),
  driver(12, 'IRIG_TPRO', 'KSI/Odetics TPRO/S IRIG interface', 'KSI/Odetics TPRO/S IRIG 인터페이스'),
  driver(13, 'ATOM_LEITCH', 'Leitch CSD 5300 master clock controller', 'Leitch CSD 5300 마스터 시계 제어기'),
  driver(14, 'MSF_EES', 'EES M201 MSF receiver (deprecated)', 'EES M201 MSF 수신기(폐기됨)'),
  driver(16, 'IRIG_BANCOMM', 'Bancomm GPS/IRIG receiver', 'Bancomm GPS/IRIG 수신기'),
  driver(17, 'GPS_DATUM', 'Datum precision time system', 'Datum 정밀 시간 시스템'),
  driver(18, 'ACTS_MODEM', 'NIST/USNO/PTB modem time services', 'NIST/USNO/PTB 모뎀 시간 서비스', {
    ntpsec: ntpsec(
      'modem',
      'NIST/USNO/PTB modem time services, ACTS (type 18); needs `phone`. Not built in the Debian package.',
      'NIST/USNO/PTB 모뎀 시간 서비스 ACTS(타입 18). `phone`이 필요합니다. 데비안 패키지에는 빌드되지 않았습니다.',
    ),
  }),
  driver(19, 'WWV_HEATH', 'Heath WWV/WWVH receiver', 'Heath WWV/WWVH 수신기'),
  driver(20, 'NMEA', 'Generic NMEA GPS receiver', '범용 NMEA GPS 수신기', {
    ntpsec: ntpsec(
      'nmea',
      'Generic NMEA GPS receiver (type 20); `mode` selects sentences and baud rate.',
      '일반 NMEA GPS 수신기(타입 20). `mode`로 문장 종류와 속도를 고릅니다.',
    ),
    note: localized(
      "Reads NMEA sentences from a serial GPS (`/dev/gpsU`); the sentences alone are accurate to milliseconds, a PPS signal (driver 22 or the NMEA driver's own PPS flag) makes it microseconds.",
      '직렬 GPS(`/dev/gpsU`)의 NMEA 문장을 읽습니다. 문장만으로는 밀리초 정확도이고, PPS 신호(22번 드라이버나 NMEA 드라이버의 PPS 플래그)를 더하면 마이크로초 정확도가 됩니다.',
    ),
  }),
  driver(21, 'GPS_VME', 'TrueTime GPS-VME interface', 'TrueTime GPS-VME 인터페이스'),
  driver(22, 'PPS', 'PPS clock discipline (ATOM)', 'PPS 시계 보정(ATOM)', {
    ntpsec: ntpsec('pps', 'PPS clock discipline through the PPS API (type 22).', 'PPS API를 통한 PPS 시계 보정(타입 22).'),
    note: localized(
      'A pulse per second gives the exact start of each second but not which second it is: another source (GPS/NMEA or a server, usually marked `prefer`) must supply the time.',
      '초당 펄스는 매 초의 정확한 시작만 알려 주고 몇 초인지는 알려 주지 않습니다. 다른 소스(GPS/NMEA나 서버, 보통 `prefer` 지정)가 시각을 제공해야 합니다.',
    ),
  }),
  driver(26, 'GPS_HP', 'Hewlett-Packard 58503A GPS receivers', 'Hewlett-Packard 58503A GPS 수신기', {
    ntpsec: ntpsec('hpgps', 'Hewlett-Packard GPS receivers (type 26).', 'Hewlett-Packard GPS 수신기(타입 26).'),
  }),
  driver(27, 'ARCRON_MSF', 'Arcron MSF receiver', 'Arcron MSF 수신기'),
  driver(28, 'SHM', 'Shared memory driver', '공유 메모리 드라이버', {
    ntpsec: ntpsec('shm', 'Shared memory segment fed by another program such as gpsd (type 28).', 'gpsd 같은 다른 프로그램이 채우는 공유 메모리(타입 28).'),
    note: localized(
      'Another process (gpsd, ptp4l, a custom program) writes time samples into a System V shared-memory segment; units 0 and 1 are readable by root only, 2 and 3 by everyone.',
      '다른 프로세스(gpsd, ptp4l, 직접 만든 프로그램)가 System V 공유 메모리 세그먼트에 시각 샘플을 씁니다. 유닛 0, 1은 root만, 2, 3은 누구나 쓸 수 있습니다.',
    ),
  }),
  driver(29, 'GPS_PALISADE', 'Trimble Palisade/Thunderbolt/Acutime GPS receivers', 'Trimble Palisade/Thunderbolt/Acutime GPS 수신기', {
    ntpsec: ntpsec(
      'trimble',
      'Trimble Palisade/Thunderbolt/Acutime GPS receivers (type 29). Deprecated.',
      'Trimble Palisade/Thunderbolt/Acutime GPS 수신기(타입 29). 사용 중단 예정입니다.',
    ),
  }),
  driver(30, 'GPS_ONCORE', 'Motorola Oncore GPS receiver', 'Motorola Oncore GPS 수신기', {
    ntpsec: ntpsec(
      'oncore',
      'Motorola Oncore GPS (type 30). Not built in the Debian package.',
      'Motorola Oncore GPS(타입 30). 데비안 패키지에는 빌드되지 않았습니다.',
    ),
  }),
  driver(31, 'GPS_JUPITER', 'Rockwell Jupiter GPS receiver', 'Rockwell Jupiter GPS 수신기'),
  driver(32, 'CHRONOLOG', 'Chrono-log K-series WWVB receiver', 'Chrono-log K 시리즈 WWVB 수신기'),
  driver(33, 'DUMBCLOCK', 'Dumb clock', '단순 시계(Dumb clock)'),
  driver(34, 'ULINK', 'Ultralink WWVB receivers', 'Ultralink WWVB 수신기'),
  driver(35, 'PCF', 'Conrad parallel port radio clock', 'Conrad 병렬 포트 전파 시계'),
  driver(36, 'WWV_AUDIO', 'WWV/WWVH radio audio demodulator/decoder', 'WWV/WWVH 라디오 오디오 복조기/디코더'),
  driver(37, 'FG', 'Forum Graphic GPS dating station', 'Forum Graphic GPS 시각 장치'),
  driver(38, 'HOPF_SERIAL', 'hopf GPS/DCF77 receiver on a serial line', 'hopf GPS/DCF77 수신기(직렬)'),
  driver(39, 'HOPF_PCI', 'hopf GPS/DCF77 PCI card', 'hopf GPS/DCF77 PCI 카드'),
  driver(40, 'JJY', 'JJY receivers (Japan)', 'JJY 수신기(일본)', {
    ntpsec: ntpsec(
      'jjy',
      'Japanese JJY receivers and telephone JJY (type 40); pick the device with `subtype`.',
      '일본 JJY 수신기와 전화 JJY(타입 40). 장치는 `subtype`으로 고릅니다.',
    ),
  }),
  driver(41, 'TT560', 'TrueTime 560 IRIG-B decoder', 'TrueTime 560 IRIG-B 디코더'),
  driver(42, 'ZYFER', 'Zyfer GPStarplus receiver', 'Zyfer GPStarplus 수신기', {
    ntpsec: ntpsec('zyfer', 'Zyfer GPStarplus receiver (type 42).', 'Zyfer GPStarplus 수신기(타입 42).'),
  }),
  driver(43, 'RIPENCC', 'RIPE NCC interface for Trimble Palisade', 'Trimble Palisade용 RIPE NCC 인터페이스'),
  driver(44, 'NEOCLOCK4X', 'NeoClock4X DCF77/TDF receiver', 'NeoClock4X DCF77/TDF 수신기'),
  driver(45, 'TSYNCPCI', 'Spectracom TSYNC PCI timing board', 'Spectracom TSYNC PCI 타이밍 보드'),
  driver(46, 'GPSD_JSON', 'gpsd client (JSON protocol)', 'gpsd 클라이언트(JSON 프로토콜)', {
    ntpsec: ntpsec(
      'gpsd',
      'gpsd JSON client protocol (type 46). Not built in the Debian package.',
      'gpsd JSON 클라이언트 프로토콜(타입 46). 데비안 패키지에는 빌드되지 않았습니다.',
    ),
  }),
];

const BY_TYPE: ReadonlyMap<number, RefclockDriver> = new Map(DRIVERS.map((d) => [d.type, d]));
const BY_NTPSEC_NAME: ReadonlyMap<string, RefclockDriver> = new Map(DRIVERS.flatMap((d) => (d.ntpsec ? [[d.ntpsec.name, d] as const] : [])));

/** The drivers NTPsec kept, in type order: `refclock <name>`. */
export const NTPSEC_DRIVERS: readonly RefclockDriver[] = DRIVERS.filter((d) => d.ntpsec !== undefined);

export function refclockDriver(type: number): RefclockDriver | undefined {
  return BY_TYPE.get(type);
}

export function refclockDriverByNtpsecName(name: string): RefclockDriver | undefined {
  return BY_NTPSEC_NAME.get(name.toLowerCase());
}
