import type { Dialect } from '../core/dialect';
import { refclockId } from '../core/hostNames';
import { localized, type Localized } from '../core/localized';
import { parsePoolHost, type PoolHost } from './data/poolZones';
import { refclockDriver, refclockDriverByNtpsecName, type RefclockDriver } from '../formats/ntpconf/catalog/ntp/refclockDrivers';

function driverText(driver: RefclockDriver | undefined, type: number, unit: number | undefined): Localized {
  const unitText = unit === undefined ? localized('', '') : localized(`, unit ${unit}`, `, 유닛 ${unit}`);
  if (driver === undefined) {
    return localized(
      `Reference clock driver type ${type}${unitText.en}: no ntpd driver has this number.`,
      `기준 시계 드라이버 ${type}번${unitText.ko}: 이 번호의 ntpd 드라이버는 없습니다.`,
    );
  }
  const spelling = driver.ntpsec?.name;
  const ntpsec = spelling ? localized(` NTPsec spells it \`refclock ${spelling}\`.`, ` NTPsec에서는 \`refclock ${spelling}\`로 씁니다.`) : localized('', '');
  const note = driver.note ? localized(`\n\n${driver.note.en}`, `\n\n${driver.note.ko}`) : localized('', '');
  return localized(
    `Reference clock **${driver.name}** (type ${type}${unitText.en}): ${driver.title.en}.${ntpsec.en}${note.en}`,
    `기준 시계 **${driver.name}** (${type}번${unitText.ko}): ${driver.title.ko}.${ntpsec.ko}${note.ko}`,
  );
}

function zoneText(pool: PoolHost): Localized {
  const { zone } = pool;
  let where: Localized;
  switch (zone.kind) {
    case 'global':
      where = localized('the global zone (the pool answers with servers near the asking host)', '전역 영역(풀이 질의한 호스트 가까운 서버를 돌려줌)');
      break;
    case 'continent':
      where = localized(`the continent zone of ${zone.name.en}`, `${zone.name.ko} 대륙 영역`);
      break;
    case 'country':
      where = localized(`the country zone of ${zone.name.en} (\`${zone.zone}\`)`, `${zone.name.ko} 국가 영역(\`${zone.zone}\`)`);
      break;
    case 'vendor':
      where = localized(
        `the vendor zone of ${zone.name}, reserved for that system's default configuration`,
        `${zone.name} 벤더 영역(그 시스템의 기본 설정용으로 예약됨)`,
      );
      break;
    case 'unknown':
      where = localized(
        `zone \`${zone.zone}\`, which is not a known country, continent or vendor zone`,
        `알려진 국가·대륙·벤더 영역이 아닌 \`${zone.zone}\` 영역`,
      );
      break;
  }
  const subset =
    pool.subset === undefined
      ? localized('', '')
      : localized(
          ` Subset ${pool.subset} of 0–3: each numbered name returns a different set of servers${pool.subset === 2 ? '; only subset 2 also returns IPv6 addresses' : ''}.`,
          ` 0~3 중 ${pool.subset}번 부분 집합: 번호마다 다른 서버들을 돌려줍니다${pool.subset === 2 ? '. 2번만 IPv6 주소도 돌려줍니다' : ''}.`,
        );
  return localized(`NTP Pool: ${where.en}.${subset.en}`, `NTP 풀: ${where.ko}.${subset.ko}`);
}

/** What an address word means: a refclock pseudo-address (ntpd family) or an NTP Pool zone. */
export function describeAddress(word: string, dialect: Dialect): Localized | undefined {
  const refclock = refclockId(word);
  if (refclock !== undefined) {
    const text = driverText(refclockDriver(refclock.type), refclock.type, refclock.unit);
    if (dialect !== 'chrony') return text;
    return localized(
      `${text.en}\n\nchrony does not know \`127.127.T.U\` pseudo-addresses: use \`refclock\` for a hardware clock or \`local\` for the local clock.`,
      `${text.ko}\n\nchrony는 \`127.127.T.U\` 가상 주소를 모릅니다. 하드웨어 시계는 \`refclock\`, 로컬 시계는 \`local\`을 쓰세요.`,
    );
  }
  const pool = parsePoolHost(word);
  return pool === undefined ? undefined : zoneText(pool);
}

/** NTPsec's `refclock nmea unit 0`: the driver named by word. */
export function describeNtpsecDriver(word: string): Localized | undefined {
  const driver = refclockDriverByNtpsecName(word);
  return driver === undefined ? undefined : driverText(driver, driver.type, undefined);
}
