import { refclockId } from '../../core/hostNames';
import { particle } from '../../core/koreanParticles';
import type { Dialect } from '../../core/dialect';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { LOCAL_CLOCK_TYPE, ntpsecRefclocks, PPS_CLOCK_TYPE, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import type { ConversionContext } from './context';

const NMEA_TYPE = 20;
const SHM_TYPE = 28;
const GPSD_JSON_TYPE = 46;
const MAX_STRATUM = 15;
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const REFID = /^[\x21-\x7e]+$/;

/** One reference clock: where it is declared and every option word from its line and its `fudge` lines, in order. */
interface Refclock {
  readonly line: ConfigLine;
  readonly type: number | undefined;
  readonly unit: number;
  readonly label: string;
  readonly words: string[];
}

function collectRefclocks(context: ConversionContext): { clocks: Refclock[]; fudges: Map<string, ConfigLine[]> } {
  const fudges = new Map<string, ConfigLine[]>();
  for (const line of directivesNamed(context.config, 'fudge')) {
    const address = line.tokens[1]?.text;
    if (address === undefined) continue;
    fudges.set(address, [...(fudges.get(address) ?? []), line]);
  }
  const clocks: Refclock[] = [];
  const fudgeWords = (address: string) => (fudges.get(address) ?? []).flatMap((l) => l.tokens.slice(2).map((t) => t.text));
  for (const source of sourceLines(context.config)) {
    if (!source.isRefclock || source.address === undefined) continue;
    const id = refclockId(source.address.text);
    clocks.push({
      line: source.line,
      type: id?.type,
      unit: id?.unit ?? 0,
      label: source.address.text,
      words: [...source.optionTokens.map((t) => t.text), ...fudgeWords(source.address.text)],
    });
  }
  for (const refclock of ntpsecRefclocks(context.config)) {
    const words = [...refclock.options, ...(refclock.address === undefined ? [] : fudgeWords(refclock.address))];
    clocks.push({ line: refclock.line, type: refclock.type, unit: refclock.unit, label: refclock.driver.text, words });
  }
  return { clocks, fudges };
}

/** The value of the last `name value` pair among the words. */
function valueOf(words: readonly string[], name: string): string | undefined {
  const index = words.lastIndexOf(name);
  return index >= 0 ? words[index + 1] : undefined;
}

/** The LOCAL driver's stratum when no fudge sets one (driver1 docs: 5 in ntpd 4 and NTPsec, 3 in xntpd 3). */
function defaultLocalStratum(dialect: Dialect): number {
  return dialect === 'xntpd' ? 3 : 5;
}

/** `tos orphan N`, the last one. */
function orphanStratum(context: ConversionContext): number | undefined {
  let stratum: number | undefined;
  for (const line of directivesNamed(context.config, 'tos')) {
    const value = valueOf(context.words(line), 'orphan');
    if (value !== undefined && /^\d+$/.test(value)) stratum = Number(value);
  }
  return stratum;
}

const CARRIED_FLAGS = new Set(['prefer', 'noselect']);

/** The refid the clock that numbers the PPS pulses gets in chrony (its fudge refid, else NMEA or GPS), which the PPS line locks to. */
function partnerRefid(clock: Refclock): string {
  const refid = valueOf(clock.words, 'refid');
  if (refid !== undefined && REFID.test(refid)) return refid.slice(0, 4);
  return clock.type === NMEA_TYPE ? 'NMEA' : 'GPS';
}

/**
 * The clock ntpd's PPS driver takes the seconds from (its preferred source): the NMEA clock, else the one gpsd
 * clock (SHM or GPSD JSON) when there is exactly one.
 */
function ppsPartner(clocks: readonly Refclock[]): Refclock | undefined {
  const nmea = clocks.find((c) => c.type === NMEA_TYPE);
  if (nmea !== undefined) return nmea;
  const gpsd = clocks.filter((c) => c.type === SHM_TYPE || c.type === GPSD_JSON_TYPE);
  return gpsd.length === 1 ? gpsd[0] : undefined;
}

function chronyRefclock(clock: Refclock, context: ConversionContext, partner: Refclock | undefined): string | undefined {
  const { type, unit, words } = clock;
  let head: string;
  let offsetFrom = 'time1';
  const extra: string[] = [];
  if (type === PPS_CLOCK_TYPE) head = `refclock PPS ${valueOf(words, 'ppspath') ?? `/dev/pps${unit}`}`;
  else if (type === SHM_TYPE || type === GPSD_JSON_TYPE) head = `refclock SHM ${unit}`;
  else if (type === NMEA_TYPE) {
    head = 'refclock SHM 0';
    offsetFrom = 'time2';
    extra.push('delay 0.2');
    context.note(
      clock.line,
      'approximated',
      'warning',
      'chrony does not read NMEA from a serial port: run gpsd on the device (it feeds shared memory segment 0), and this `refclock SHM 0` reads it. `delay 0.2` allows for the jitter of serial sentences; fudge time2 became `offset`.',
      'chrony는 시리얼 포트의 NMEA를 직접 읽지 않습니다. 장치에 gpsd를 띄우면(공유 메모리 세그먼트 0에 씀) 이 `refclock SHM 0`이 읽습니다. `delay 0.2`는 시리얼 문장의 흔들림을 감안한 값이고, fudge time2는 `offset`이 되었습니다.',
    );
  } else return undefined;
  if (type === GPSD_JSON_TYPE)
    context.note(
      clock.line,
      'approximated',
      'information',
      'gpsd feeds chrony through shared memory (unit 0: the serial time, 1: PPS); check the unit matches what gpsd publishes.',
      'gpsd는 공유 메모리로 chrony에 시간을 줍니다(유닛 0: 시리얼 시각, 1: PPS). 유닛이 gpsd가 내보내는 것과 맞는지 확인하세요.',
    );
  const offset = valueOf(words, offsetFrom);
  if (offset !== undefined && DECIMAL.test(offset) && Number(offset) !== 0) extra.push(`offset ${offset}`);
  const refid = clock === partner ? partnerRefid(clock) : valueOf(words, 'refid');
  if (refid !== undefined && REFID.test(refid)) extra.push(`refid ${refid.slice(0, 4)}`);
  if (type === PPS_CLOCK_TYPE && partner !== undefined) {
    const kind = partner.type === NMEA_TYPE ? 'NMEA' : 'gpsd';
    extra.push(`lock ${partnerRefid(partner)}`);
    context.note(
      clock.line,
      'changed-meaning',
      'information',
      `ntpd numbered the PPS pulses with its preferred source; chrony does it with \`lock ${partnerRefid(partner)}\`, the ${kind} clock on ${context.lineLabel(partner.line.line).en}.`,
      `ntpd는 PPS 펄스의 초 번호를 선호 소스로 매겼습니다. chrony에서는 \`lock ${partnerRefid(partner)}\`로 ${context.lineLabel(partner.line.line).ko}의 ${kind} 시계가 그 일을 합니다.`,
    );
  }
  const stratum = valueOf(words, 'stratum');
  if (stratum !== undefined && /^\d+$/.test(stratum) && Number(stratum) <= MAX_STRATUM) extra.push(`stratum ${stratum}`);
  const minpoll = valueOf(words, 'minpoll');
  if (minpoll !== undefined && /^-?\d{1,2}$/.test(minpoll)) extra.push(`poll ${minpoll}`);
  for (const flag of CARRIED_FLAGS) if (words.includes(flag)) extra.push(flag);
  if (words.includes('true')) extra.push('trust');
  const flags = words.filter((word, i) => /^flag[1-4]$/.test(word) && words[i + 1] === '1');
  if (flags.length > 0)
    context.note(
      clock.line,
      'not-converted',
      'information',
      `Driver flags (${flags.join(', ')}) have no chrony counterpart; chrony's refclock options (\`pps\`, \`lock\`, \`rate\`, \`dpoll\`) cover their usual purposes.`,
      `드라이버 플래그(${flags.join(', ')})는 chrony에 대응하는 것이 없습니다. 보통의 쓰임은 chrony의 refclock 옵션(\`pps\`, \`lock\`, \`rate\`, \`dpoll\`)이 맡습니다.`,
    );
  return [head, ...extra].join(' ');
}

/** Reference clocks (127.127.T.U, NTPsec `refclock`) with their `fudge` lines, and the local clock as `local`. */
export function convertRefclocks(context: ConversionContext): Map<ConfigLine, readonly string[]> {
  const out = new Map<ConfigLine, readonly string[]>();
  const { clocks, fudges } = collectRefclocks(context);
  const orphan = orphanStratum(context);
  let localDone = false;
  for (const clock of clocks) {
    if (clock.type === LOCAL_CLOCK_TYPE) {
      if (localDone) {
        out.set(clock.line, []);
        context.note(
          clock.line,
          'merged-duplicate',
          'information',
          'chrony has one `local` directive: this local clock is already converted above.',
          'chrony의 `local`은 하나뿐입니다. 이 로컬 시계는 위에서 이미 변환했습니다.',
        );
        continue;
      }
      localDone = true;
      const fudged = valueOf(clock.words, 'stratum');
      const driverStratum = fudged !== undefined && /^\d+$/.test(fudged) ? Number(fudged) : defaultLocalStratum(context.config.dialect);
      // ntpd served one stratum below its reference clock's: that is what clients saw, and what `local stratum` sets.
      const served = Math.min(driverStratum + 1, MAX_STRATUM);
      out.set(clock.line, [`local stratum ${served}${orphan !== undefined ? ' orphan' : ''}`]);
      context.note(
        clock.line,
        'changed-meaning',
        served < 10 ? 'warning' : 'information',
        `The local clock (driver stratum ${driverStratum}) became \`local stratum ${served}\`: clients see the same stratum ntpd served.${served < 10 ? ' So low a stratum makes clients prefer this undisciplined clock over real sources; chrony practice is `local stratum 10`.' : ''}${orphan !== undefined ? ' `orphan` comes from `tos orphan`.' : ''}`,
        `로컬 시계(드라이버 stratum ${driverStratum})는 \`local stratum ${served}\`${particle(served, '이')} 되었습니다. 클라이언트는 ntpd가 주던 것과 같은 stratum을 봅니다.${served < 10 ? ' stratum이 이렇게 낮으면 클라이언트가 진짜 소스보다 이 보정되지 않은 시계를 고릅니다. chrony에서는 보통 `local stratum 10`을 씁니다.' : ''}${orphan !== undefined ? ' `orphan`은 `tos orphan`에서 왔습니다.' : ''}`,
      );
    } else {
      const converted = chronyRefclock(clock, context, ppsPartner(clocks));
      out.set(clock.line, converted === undefined ? [] : [converted]);
      if (converted === undefined)
        context.note(
          clock.line,
          'not-converted',
          'warning',
          `Reference clock ${clock.label} has no chrony driver. chrony reads hardware clocks through gpsd (\`refclock SHM\`/\`SOCK\`), a PPS device (\`refclock PPS\`) or a PTP clock (\`refclock PHC\`).`,
          `기준 시계 ${clock.label}에 해당하는 chrony 드라이버가 없습니다. chrony는 하드웨어 시계를 gpsd(\`refclock SHM\`/\`SOCK\`), PPS 장치(\`refclock PPS\`), PTP 시계(\`refclock PHC\`)로 읽습니다.`,
        );
    }
  }
  for (const lines of fudges.values()) for (const line of lines) out.set(line, []);
  return out;
}

export function hasLocalClock(context: ConversionContext): boolean {
  return (
    sourceLines(context.config).some((s) => s.isRefclock && refclockId(s.address?.text ?? '')?.type === LOCAL_CLOCK_TYPE) ||
    ntpsecRefclocks(context.config).some((r) => r.type === LOCAL_CLOCK_TYPE)
  );
}
