import type { Dialect } from '../../core/dialect';
import type { ValueType } from '../../formats/ntpconf/catalog/types';
import { DIALECT_LABEL } from '../../core/dialectLabels';
import { localized, type Localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import { ipVersion } from '../../core/hostNames';

export interface ValueProblem {
  readonly message: Localized;
  /** Malformed words are errors; numbers the daemon clamps or ignores are warnings. */
  readonly outOfRangeOnly: boolean;
  /** Set when the word is valid in another dialect only. */
  readonly code?: 'unsupported-in-dialect';
}

const INTEGER = /^[+-]?\d+$/;
const KEY_ID_OR_RANGE_PART = /^(\(?\d+\)?|\.\.\.|\(|\))$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\.?$/;
const LOOKS_LIKE_IPV4 = /^\d+(\.\d+){3}$/;

/** Strips `[...]` and a `%zone` so `[fe80::1%eth0]` checks as an IPv6 address. */
function bareAddress(word: string): string {
  const unbracketed = word.startsWith('[') && word.endsWith(']') ? word.slice(1, -1) : word;
  const zone = unbracketed.indexOf('%');
  return zone >= 0 ? unbracketed.slice(0, zone) : unbracketed;
}

export function isIpAddress(word: string): boolean {
  return ipVersion(bareAddress(word)) !== 0;
}

export function isHostOrAddress(word: string): boolean {
  if (isIpAddress(word)) return true;
  // 300.1.2.3 is a broken address, not a host name.
  if (LOOKS_LIKE_IPV4.test(word)) return false;
  return HOST_NAME.test(word);
}

function rangeProblem(value: number, type: { min?: number; max?: number }, word: string): ValueProblem | undefined {
  const { min, max } = type;
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return undefined;
  const bounds = `${min ?? '−∞'}–${max ?? '∞'}`;
  return {
    outOfRangeOnly: true,
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

const NUMERIC_PREFIX = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;

/**
 * chronyd reads a directive's own numbers with sscanf and ignores what follows (`makestep 1.0 3x` runs as 3),
 * while option values (`minpoll 4x`) must be whole. A numeric prefix with junk is a warning there, not a refusal.
 */
function ignoredSuffix(word: string, type: ValueType): ValueProblem | undefined {
  if (type.kind !== 'integer' && type.kind !== 'number') return undefined;
  const prefix = NUMERIC_PREFIX.exec(word)?.[0];
  if (prefix === undefined || (type.kind === 'integer' && !/^[+-]?\d+/.test(prefix))) return undefined;
  const used = type.kind === 'integer' ? (/^[+-]?\d+/.exec(prefix) as RegExpExecArray)[0] : prefix;
  const rest = word.slice(used.length);
  return {
    outOfRangeOnly: true,
    message: localized(
      `chronyd reads \`${word}\` as ${used} and ignores \`${rest}\`. Write the number alone.`,
      `chronyd는 \`${word}\`${particle(word, '을')} ${used}${particle(used, '으로')} 읽고 \`${rest}\`${particle(rest, '은')} 무시합니다. 숫자만 쓰세요.`,
    ),
  };
}

/** Checks a positional argument of a directive: like checkValue, but with chronyd's lenient number reading. */
export function checkArgumentValue(word: string, type: ValueType, dialect: Dialect): ValueProblem | undefined {
  const problem = checkValue(word, type, dialect);
  if (problem === undefined || problem.outOfRangeOnly || dialect !== 'chrony') return problem;
  return ignoredSuffix(word, type) ?? problem;
}

/** Checks one word against its type. Returns undefined when the daemon would accept it. */
export function checkValue(word: string, type: ValueType, dialect: Dialect): ValueProblem | undefined {
  const malformed = (en: string, ko: string): ValueProblem => ({ outOfRangeOnly: false, message: localized(en, ko) });
  switch (type.kind) {
    case 'integer':
      if (!INTEGER.test(word)) return malformed(`\`${word}\` is not a whole number.`, `\`${word}\`${particle(word, '은')} 정수가 아닙니다.`);
      return rangeProblem(Number(word), type, word);
    case 'number':
      if (!NUMBER.test(word)) return malformed(`\`${word}\` is not a number.`, `\`${word}\`${particle(word, '은')} 숫자가 아닙니다.`);
      return rangeProblem(Number(word), type, word);
    case 'enum': {
      const found = type.caseInsensitive ? type.values.some((v) => v.toLowerCase() === word.toLowerCase()) : type.values.includes(word);
      const onlyIn = found ? type.valueDialects?.[word] : undefined;
      if (onlyIn !== undefined && !onlyIn.includes(dialect)) {
        return {
          outOfRangeOnly: false,
          code: 'unsupported-in-dialect',
          message: localized(`\`${word}\` is not accepted by ${DIALECT_LABEL[dialect]} (only ${onlyIn.map((d) => DIALECT_LABEL[d]).join(', ')}).`, `${DIALECT_LABEL[dialect]}는 \`${word}\`${particle(word, '을')} 받지 않습니다(${onlyIn.map((d) => DIALECT_LABEL[d]).join(', ')} 전용).`),
        };
      }
      if (found) return undefined;
      const list = type.values.join(', ');
      if (type.unknownIsWarning) {
        return { outOfRangeOnly: true, message: localized(`\`${word}\` is not one of: ${list}. The daemon logs and ignores it.`, `\`${word}\`${particle(word, '은')} 다음 값 중 하나가 아닙니다: ${list}. 데몬이 기록만 하고 무시합니다.`) };
      }
      return malformed(`\`${word}\` is not one of: ${list}.`, `\`${word}\`${particle(word, '은')} 다음 값 중 하나가 아닙니다: ${list}.`);
    }
    case 'host':
      if (isHostOrAddress(word)) return undefined;
      return malformed(`\`${word}\` is not a valid host name or address.`, `\`${word}\`${particle(word, '은')} 올바른 호스트 이름이나 주소가 아닙니다.`);
    case 'ip':
      if (isIpAddress(word)) return undefined;
      return malformed(`\`${word}\` is not a valid IP address.`, `\`${word}\`${particle(word, '은')} 올바른 IP 주소가 아닙니다.`);
    case 'subnet':
      if (isSubnet(word, dialect)) return undefined;
      return malformed(`\`${word}\` is not a valid address or subnet.`, `\`${word}\`${particle(word, '은')} 올바른 주소나 서브넷이 아닙니다.`);
    case 'keyIds':
      if (KEY_ID_OR_RANGE_PART.test(word)) return undefined;
      return malformed(`\`${word}\` is not a key id (or part of a \`(first ... last)\` range).`, `\`${word}\`${particle(word, '은')} 키 번호(또는 \`(first ... last)\` 범위의 일부)가 아닙니다.`);
    case 'path':
    case 'word':
      return undefined;
  }
}
