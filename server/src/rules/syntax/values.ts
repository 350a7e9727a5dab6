import type { Dialect } from '../../core/dialect';
import type { NumericBounds } from '../../formats/ntpconf/catalog/types';
import type { ValueType } from '../../formats/ntpconf/catalog/types';
import { DIALECT_LABEL } from '../../core/dialectLabels';
import { localized, type Localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import { ipVersion } from '../../core/hostNames';
import { versionAtLeast } from '../../core/dialect';
import { MAX_HEADLINE } from '../../core/finding';

type ValueSeverity = 'error' | 'warning' | 'information';

/**
 * The severity contract: an error when the daemon refuses the line (or will not start with it), a warning when it
 * runs but not as written (clamps, ignores a suffix, cannot resolve), information when it is outside the useful range.
 */
export interface ValueProblem {
  readonly message: Localized;
  /** The why, or the full list of allowed words, when the headline has no room for it. */
  readonly detail?: Localized;
  readonly severity: ValueSeverity;
  /** Set when the word is valid in another dialect only. */
  readonly code?: 'unsupported-in-dialect';
}

/** Where the word sits, for chronyd's sscanf reading of directive arguments. */
interface ArgumentPlace {
  /** The type of the next positional argument, which chronyd's sscanf reads right after this word. */
  readonly next?: ValueType;
  readonly chronyVersion?: string;
}

const INTEGER = /^[+-]?\d+$/;
const KEY_ID_OR_RANGE_PART = /^(\(?\d+\)?|\.\.\.|\(|\))$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The other words C's `%lf` (strtod) reads whole: hexadecimal, inf, nan; chronyd reads its doubles that way. */
const C_DOUBLE_EXTRA = /^[+-]?(0x([0-9a-f]+\.?[0-9a-f]*|\.[0-9a-f]+)(p[+-]?\d+)?|inf(inity)?|nan(\([0-9a-z_]*\))?)$/i;
const C_DOUBLE_PREFIX = /^[+-]?(0x([0-9a-f]+\.?[0-9a-f]*|\.[0-9a-f]+)(p[+-]?\d+)?|inf(inity)?|nan|(\d+\.?\d*|\.\d+)(e[+-]?\d+)?)/i;
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\.?$/;
const LOOKS_LIKE_IPV4 = /^\d+(\.\d+){3}$/;
/** Daemons whose configuration scanner is ntp_scanner.c (ntpd 4.2.8 and its fork NTPsec; xntpd 3 had another). */
const NTP_SCANNER: ReadonlySet<Dialect> = new Set(['ntpd', 'ntpsec']);
const NTP_HEX = /^0x[0-9a-f]+$/i;
const INT_MAX = 2 ** 31 - 1;

/** A word NTPsec's scanner (ntp_scanner.c is_u_int) types as unsigned: hexadecimal, or decimal above INT_MAX. */
function ntpsecUnsigned(word: string): number | undefined {
  if (NTP_HEX.test(word)) return Number.parseInt(word.slice(2), 16);
  return /^\d+$/.test(word) && Number(word) > INT_MAX ? Number(word) : undefined;
}

/** NTPsec stores a negative integer in a C int: below INT_MIN it wraps (`trustedkey -2147483649` is 2147483647). */
function ntpsecInt(value: number): number {
  return value < -INT_MAX - 1 ? value + 2 ** 32 : value;
}

function unsignedRefused(word: string, value: number): ValueProblem {
  if (NTP_HEX.test(word)) {
    const decimal = String(value);
    return {
      severity: 'error',
      message: localized(
        `NTPsec refuses the line: it reads hexadecimal \`${word}\` only in source options. Write ${decimal}.`,
        `NTPsec이 이 줄을 거부합니다. 16진수 \`${word}\`${particle(word, '은')} 소스 옵션에서만 읽습니다. ${decimal}${particle(decimal, '으로')} 쓰세요.`,
      ),
    };
  }
  return {
    severity: 'error',
    message: localized(
      `NTPsec refuses the line: \`${word}\` is above ${INT_MAX}, the largest whole number it reads here.`,
      `NTPsec이 이 줄을 거부합니다. \`${word}\`${particle(word, '은')} 여기서 읽을 수 있는 가장 큰 정수 ${INT_MAX}보다 큽니다.`,
    ),
  };
}

/** Strips `[...]` and a `%zone` so `[fe80::1%eth0]` checks as an IPv6 address. */
function bareAddress(word: string): string {
  const unbracketed = word.startsWith('[') && word.endsWith(']') ? word.slice(1, -1) : word;
  const zone = unbracketed.indexOf('%');
  return zone >= 0 ? unbracketed.slice(0, zone) : unbracketed;
}

function isIpAddress(word: string): boolean {
  return ipVersion(bareAddress(word)) !== 0;
}

export function isHostOrAddress(word: string): boolean {
  if (isIpAddress(word)) return true;
  // 300.1.2.3 is a broken address, not a host name.
  if (LOOKS_LIKE_IPV4.test(word)) return false;
  return HOST_NAME.test(word);
}

function rangeProblem(value: number, type: NumericBounds, word: string): ValueProblem | undefined {
  const { min, max } = type;
  if (type.refusedValues?.includes(value) !== true && (min === undefined || value >= min) && (max === undefined || value <= max)) return undefined;
  const bounds = `${min ?? '−∞'}–${max ?? '∞'}`;
  if (type.refused === true || type.refusedValues?.includes(value) === true) {
    return {
      severity: 'error',
      message: localized(
        `\`${word}\` is out of range (${bounds}); the daemon refuses the line.`,
        `\`${word}\`${particle(word, '은')} 허용 범위(${bounds})를 벗어나 데몬이 이 줄을 거부합니다.`,
      ),
    };
  }
  if (type.advisory === true) {
    return {
      severity: 'information',
      message: localized(
        `\`${word}\` is outside the useful range (${bounds}); the daemon accepts it.`,
        `\`${word}\`${particle(word, '은')} 쓸모 있는 범위(${bounds}) 밖입니다. 데몬은 받아들입니다.`,
      ),
    };
  }
  return {
    severity: 'warning',
    message: localized(`\`${word}\` is out of range (${bounds}).`, `\`${word}\`${particle(word, '은')} 허용 범위(${bounds})를 벗어났습니다.`),
  };
}

function isSubnet(word: string, dialect: Dialect): boolean {
  const slash = word.indexOf('/');
  const address = slash >= 0 ? word.slice(0, slash) : word;
  if (slash >= 0) {
    const bits = word.slice(slash + 1);
    if (!/^\d{1,3}$/.test(bits)) return isIpAddress(bits); // ntpd-style address/mask
    if (Number(bits) > (address.includes(':') ? 128 : 32)) return false;
  }
  if (isIpAddress(address)) return true;
  // chrony accepts leading parts of an IPv4 address: `allow 192.168` is 192.168.0.0/16.
  if (dialect === 'chrony' && /^\d{1,3}(\.\d{1,3}){0,3}$/.test(address)) return address.split('.').every((p) => Number(p) <= 255);
  return slash < 0 && isHostOrAddress(address);
}

/** The part of `word` chronyd's sscanf reads as a number (`%d` or `%lf`), or undefined when it reads nothing. */
function scannedPrefix(word: string, type: ValueType): string | undefined {
  if (type.kind === 'integer') return /^[+-]?\d+/.exec(word)?.[0];
  if (type.kind === 'number') return C_DOUBLE_PREFIX.exec(word)?.[0];
  return undefined;
}

/**
 * chronyd (before 4.7) reads a directive's own numbers with sscanf: after the last one it ignores what follows
 * (`makestep 1.0 3x` runs as 3), but junk before another number makes that read fail (`maxchange 1000 1.5 2`).
 * Option values (`minpoll 4x`) must be whole, and so must every number from chrony 4.7 on.
 */
function chronydReading(word: string, type: ValueType, place: ArgumentPlace): ValueProblem | undefined {
  if (place.chronyVersion !== undefined && versionAtLeast(place.chronyVersion, '4.7')) return undefined;
  const used = scannedPrefix(word, type);
  if (used === undefined) return undefined;
  const rest = word.slice(used.length);
  // The next number is read from where this one stopped: `.5` fails a `%d`, but `.2.1` feeds a `%lf` (values shift).
  if (place.next !== undefined && scannedPrefix(rest, place.next) === undefined && scannedPrefix('0', place.next) !== undefined) return undefined;
  const value = Number(used);
  if (type.kind === 'integer' || type.kind === 'number') {
    const range = Number.isFinite(value) ? rangeProblem(value, type, used) : undefined;
    if (range?.severity === 'error') return range;
  }
  return {
    severity: 'warning',
    message: localized(
      `chronyd reads \`${word}\` as ${used} and ignores \`${rest}\`. Write the number alone.`,
      `chronyd는 \`${word}\`${particle(word, '을')} ${used}${particle(used, '으로')} 읽고 \`${rest}\`${particle(rest, '은')} 무시합니다. 숫자만 쓰세요.`,
    ),
  };
}

/** Checks a positional argument of a directive: like checkValue, but the way chronyd's sscanf reads it. */
export function checkArgumentValue(word: string, type: ValueType, dialect: Dialect, place: ArgumentPlace = {}): ValueProblem | undefined {
  const problem = checkValue(word, type, dialect);
  if (problem === undefined || problem.severity !== 'error' || dialect !== 'chrony') return problem;
  return chronydReading(word, type, place) ?? problem;
}

/** Checks one word against its type. Returns undefined when the daemon would accept it. */
export function checkValue(word: string, type: ValueType, dialect: Dialect): ValueProblem | undefined {
  const malformed = (en: string, ko: string): ValueProblem => ({ severity: 'error', message: localized(en, ko) });
  switch (type.kind) {
    case 'integer': {
      const unsigned = dialect === 'ntpsec' ? ntpsecUnsigned(word) : undefined;
      if (unsigned !== undefined) return type.takesUnsigned === true ? rangeProblem(unsigned, type, word) : unsignedRefused(word, unsigned);
      if (!INTEGER.test(word)) return malformed(`\`${word}\` is not a whole number.`, `\`${word}\`${particle(word, '은')} 정수가 아닙니다.`);
      return rangeProblem(dialect === 'ntpsec' ? ntpsecInt(Number(word)) : Number(word), type, word);
    }
    case 'number': {
      // A decimal above INT_MAX is an unsigned token to NTPsec's scanner, which no double slot takes (2147483648.0 is fine).
      const unsigned = dialect === 'ntpsec' && /^\d+$/.test(word) ? ntpsecUnsigned(word) : undefined;
      if (unsigned !== undefined) return unsignedRefused(word, unsigned);
      const bare = type.suffixes?.some((suffix) => word.endsWith(suffix)) === true ? word.slice(0, -1) : word;
      if (!NUMBER.test(bare) && !(dialect === 'chrony' && C_DOUBLE_EXTRA.test(bare)))
        return malformed(`\`${word}\` is not a number.`, `\`${word}\`${particle(word, '은')} 숫자가 아닙니다.`);
      return rangeProblem(cDouble(bare), type, word);
    }
    case 'enum': {
      const found = type.caseInsensitive ? type.values.some((v) => v.toLowerCase() === word.toLowerCase()) : type.values.includes(word);
      const onlyIn = found ? type.valueDialects?.[word] : undefined;
      if (onlyIn !== undefined && !onlyIn.includes(dialect)) {
        return {
          severity: 'error',
          code: 'unsupported-in-dialect',
          message: localized(
            `\`${word}\` is not accepted by ${DIALECT_LABEL[dialect]} (only ${onlyIn.map((d) => DIALECT_LABEL[d]).join(', ')}).`,
            `${DIALECT_LABEL[dialect]}는 \`${word}\`${particle(word, '을')} 받지 않습니다(${onlyIn.map((d) => DIALECT_LABEL[d]).join(', ')} 전용).`,
          ),
        };
      }
      if (found) return undefined;
      if (type.notNumber === true && NTP_SCANNER.has(dialect) && (NUMBER.test(word) || NTP_HEX.test(word))) return numberWhereStringGoes(word, dialect);
      return notOneOf(word, type.values, type.unknownIsWarning === true);
    }
    case 'host':
      if (isHostOrAddress(word)) return undefined;
      // chronyd takes any word as a name to resolve later, and keeps running when it never resolves.
      if (dialect === 'chrony') return unresolvable(word);
      // ntpd and NTPsec hand any word but a decimal number to the resolver, and keep retrying ("DNS error: Name or service not known").
      if (NTP_SCANNER.has(dialect) && (INTEGER.test(word) || !NUMBER.test(word))) return unresolvableByNtpd(word, dialect);
      return malformed(`\`${word}\` is not a valid host name or address.`, `\`${word}\`${particle(word, '은')} 올바른 호스트 이름이나 주소가 아닙니다.`);
    case 'ip':
      if (isIpAddress(word) || (type.orPath === true && word.startsWith('/'))) return undefined;
      if (type.orPath === true)
        return malformed(
          `\`${word}\` is neither an IP address nor an absolute path (starting with /).`,
          `\`${word}\`${particle(word, '은')} IP 주소도 절대 경로(/로 시작)도 아닙니다.`,
        );
      return malformed(`\`${word}\` is not a valid IP address.`, `\`${word}\`${particle(word, '은')} 올바른 IP 주소가 아닙니다.`);
    case 'subnet':
      if (dialect === 'chrony') return chronySubnet(word);
      if (isSubnet(word, dialect)) return undefined;
      return malformed(`\`${word}\` is not a valid address or subnet.`, `\`${word}\`${particle(word, '은')} 올바른 주소나 서브넷이 아닙니다.`);
    case 'keyIds':
      if (KEY_ID_OR_RANGE_PART.test(word)) return undefined;
      return malformed(
        `\`${word}\` is not a key id (or part of a \`(first ... last)\` range).`,
        `\`${word}\`${particle(word, '은')} 키 번호(또는 \`(first ... last)\` 범위의 일부)가 아닙니다.`,
      );
    case 'word':
      if (type.notNumber === true && NTP_SCANNER.has(dialect) && (NUMBER.test(word) || NTP_HEX.test(word))) return numberWhereStringGoes(word, dialect);
      if (type.maxLength !== undefined && word.length > type.maxLength) {
        return malformed(`\`${word}\` is longer than ${type.maxLength} characters.`, `\`${word}\`${particle(word, '은')} ${type.maxLength}글자보다 깁니다.`);
      }
      return undefined;
    case 'path':
      return undefined;
  }
}

/** The first allowed words that fit in a headline of `room` characters, with … when some are left out. */
function fittingList(values: readonly string[], room: number): string {
  const whole = values.join(', ');
  if (whole.length <= room) return whole;
  let shown = '';
  for (const value of values) {
    const next = shown === '' ? value : `${shown}, ${value}`;
    if (next.length + 3 > room) break;
    shown = next;
  }
  return `${shown}, …`;
}

/** A word outside an enumeration: the list in the headline when it fits, else its start there and all of it in the detail. */
function notOneOf(word: string, values: readonly string[], ignored: boolean): ValueProblem {
  const whole = values.join(', ');
  const tail = ignored ? localized(' The daemon logs and ignores it.', ' 데몬이 기록만 하고 무시합니다.') : localized('', '');
  const end = (list: string): string => (list.endsWith('…') ? '' : '.');
  const en = (list: string): string => `\`${word}\` is not one of: ${list}${end(list)}${tail.en}`;
  const ko = (list: string): string => `\`${word}\`${particle(word, '은')} 다음 값 중 하나가 아닙니다: ${list}${end(list)}${tail.ko}`;
  const listEn = fittingList(values, Math.max(20, MAX_HEADLINE - [...en('')].length));
  const listKo = fittingList(values, Math.max(20, MAX_HEADLINE - [...ko('')].length));
  const message = localized(en(listEn), ko(listKo));
  if (listEn === whole && listKo === whole) return { severity: ignored ? 'warning' : 'error', message };
  return { severity: ignored ? 'warning' : 'error', message, detail: localized(`Allowed values: ${whole}.`, `허용되는 값: ${whole}.`) };
}

/** strtod's value, for the forms Number() does not read (hex, inf, nan). */
function cDouble(word: string): number {
  const plain = Number(word);
  if (!Number.isNaN(plain) || /nan/i.test(word)) return plain;
  const sign = word.startsWith('-') ? -1 : 1;
  const body = word.replace(/^[+-]/, '');
  if (/^inf/i.test(body)) return sign * Infinity;
  const hex = /^0x([0-9a-f]*)\.?([0-9a-f]*)(?:p([+-]?\d+))?$/i.exec(body);
  if (hex === null) return Number.NaN;
  const digits = (hex[1] ?? '') + (hex[2] ?? '');
  return sign * Number.parseInt(digits || '0', 16) * 2 ** (Number(hex[3] ?? 0) - 4 * (hex[2] ?? '').length);
}

function numberWhereStringGoes(word: string, dialect: Dialect): ValueProblem {
  return {
    severity: 'error',
    message: localized(
      `\`${word}\` reads as a number, where ${DIALECT_LABEL[dialect]} expects a word: it skips the line.`,
      `\`${word}\`${particle(word, '은')} 숫자로 읽히는데 ${DIALECT_LABEL[dialect]}는 여기서 낱말을 기대하므로 이 줄을 건너뜁니다.`,
    ),
  };
}

function unresolvableByNtpd(word: string, dialect: Dialect): ValueProblem {
  return {
    severity: 'warning',
    message: localized(
      `Invalid host name or address \`${word}\`: this source never answers. Correct it.`,
      `\`${word}\`${particle(word, '은')} 올바른 호스트 이름이나 주소가 아니라 이 소스는 응답하지 않습니다. 고치세요.`,
    ),
    detail: localized(
      `${DIALECT_LABEL[dialect]} hands \`${word}\` to the resolver and keeps trying to resolve it, so this source never answers.`,
      `${DIALECT_LABEL[dialect]}는 \`${word}\`${particle(word, '을')} 이름 풀이에 넘겨 계속 시도하므로 이 소스는 응답하지 않습니다.`,
    ),
  };
}

function unresolvable(word: string): ValueProblem {
  return {
    severity: 'warning',
    message: localized(
      `Invalid host name or address \`${word}\`: this source never answers. Correct it.`,
      `\`${word}\`${particle(word, '은')} 올바른 호스트 이름이나 주소가 아니라 이 소스는 응답하지 않습니다. 고치세요.`,
    ),
    detail: localized(
      `\`${word}\` is not a valid host name or address. chronyd still starts and keeps trying to resolve it, so this source never answers.`,
      `\`${word}\`${particle(word, '은')} 올바른 호스트 이름이나 주소가 아닙니다. chronyd는 그래도 시작해서 이름 풀이를 계속 시도하므로 이 소스는 응답하지 않습니다.`,
    ),
  };
}

/** chronyd's allow/deny reading: an address, 1–3 decimal parts (`192.168`), then a host name it resolves while reading the file. */
function chronySubnet(word: string): ValueProblem | undefined {
  const slash = word.indexOf('/');
  const net = slash >= 0 ? word.slice(0, slash) : word;
  const malformed = (): ValueProblem => ({
    severity: 'error',
    message: localized(`\`${word}\` is not a valid address or subnet.`, `\`${word}\`${particle(word, '은')} 올바른 주소나 서브넷이 아닙니다.`),
  });
  if (slash >= 0 && !/^\+?\d+$/.test(word.slice(slash + 1))) return malformed();
  if (isIpAddress(net)) return undefined;
  const parts = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(net);
  if (parts !== null) return parts.slice(1).every((p) => p === undefined || Number(p) <= 255) ? undefined : malformed();
  if (slash >= 0 || !HOST_NAME.test(net) || LOOKS_LIKE_IPV4.test(net)) return malformed();
  return {
    severity: 'warning',
    message: localized(
      `chronyd will not start if \`${word}\` does not resolve at start: write an address or subnet.`,
      `시작할 때 \`${word}\`${particle(word, '이')} 풀리지 않으면 chronyd가 시작하지 않습니다. 주소나 서브넷을 쓰세요.`,
    ),
    detail: localized(
      `chronyd resolves \`${word}\` while it reads the file and refuses to start when the name does not resolve then. Write an address or subnet.`,
      `chronyd는 파일을 읽을 때 \`${word}\`${particle(word, '을')} 이름 풀이하고, 그때 풀리지 않으면 시작하지 않습니다. 주소나 서브넷을 쓰세요.`,
    ),
  };
}
