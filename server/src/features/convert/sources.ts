import { isHostOrAddress } from '../../core/hostNames';
import { particle } from '../../core/koreanParticles';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import { sourceLines, type SourceLine } from '../../formats/ntpconf/model/sourceLines';
import type { ConversionContext } from './context';

/** Source options that mean the same in chrony, as flags or with one value. */
const SAME_FLAGS = new Set(['iburst', 'burst', 'prefer', 'noselect', 'xleave', 'nts']);
/** Options with a value that mean the same in chrony, and the values chronyd takes for them. */
const SAME_KEYED: ReadonlyMap<string, (value: string) => boolean> = new Map([
  ['minpoll', (v: string) => /^-?\d{1,2}$/.test(v)],
  ['maxpoll', (v: string) => /^-?\d{1,2}$/.test(v)],
  ['version', (v: string) => /^[1-4]$/.test(v)],
  ['key', (v: string) => /^\d{1,10}$/.test(v) && Number(v) < 2 ** 32],
  ['port', (v: string) => /^\d{1,5}$/.test(v) && Number(v) < 65536],
]);
/** ntpd options with a value that chrony has no use for. */
const DROPPED_KEYED = new Set(['mode', 'ttl', 'bias', 'ca', 'cert', 'ident', 'maxdisp', 'refid']);

interface ConvertedOptions {
  /** chrony option words in the admin's order; a keyed option keeps its first place and its last value. */
  words: Map<string, string | undefined>;
  readonly dropped: string[];
}

function convertOptions(source: SourceLine, into: ConvertedOptions): void {
  const words = source.optionTokens.map((t) => t.text);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const lower = word.toLowerCase();
    if (SAME_FLAGS.has(lower)) into.words.set(lower, undefined);
    else if (lower === 'true') into.words.set('trust', undefined);
    else if (SAME_KEYED.has(lower) && words[i + 1] !== undefined) {
      const value = words[++i] as string;
      // ntpd's `key 0` is "no key"; chrony has no such ID.
      if ((lower === 'key' && value === '0') || SAME_KEYED.get(lower)?.(value) !== true) into.dropped.push(`${word} ${value}`);
      else into.words.set(lower, value);
    } else if (DROPPED_KEYED.has(lower) && words[i + 1] !== undefined) into.dropped.push(`${word} ${words[++i] as string}`);
    else into.dropped.push(word);
  }
}

function hasFamilyFlag(source: SourceLine): string | undefined {
  return source.line.tokens.slice(1, 3).find((t) => t.text === '-4' || t.text === '-6')?.text;
}

/** `server`, `pool` and `peer` lines (reference clocks excepted): chrony lines, duplicates merged into the first. */
export function convertSources(context: ConversionContext): Map<ConfigLine, readonly string[]> {
  const out = new Map<ConfigLine, readonly string[]>();
  const firstByHost = new Map<string, { source: SourceLine; options: ConvertedOptions }>();
  const order: { source: SourceLine; options: ConvertedOptions }[] = [];
  for (const source of sourceLines(context.config)) {
    if (source.isRefclock) continue;
    // 127.127.x.y is ntpd's reference-clock space, never a host: `127.127.XType.0` is a template's unfilled placeholder.
    if (source.address?.text.startsWith('127.127.') === true) {
      out.set(source.line, []);
      context.note(
        source.line,
        'not-converted',
        'warning',
        `\`${source.address.text}\` is no reference clock address (127.127.TYPE.UNIT): fill in the clock type, then convert again.`,
        `\`${source.address.text}\`${particle(source.address.text, '은')} 참조 시계 주소(127.127.유형.유닛)가 아닙니다. 시계 유형을 채운 뒤 다시 변환하세요.`,
      );
      continue;
    }
    if (source.address === undefined || !isHostOrAddress(source.address.text)) {
      out.set(source.line, []);
      context.note(
        source.line,
        'not-converted',
        'warning',
        `This ${source.kind} line has no host name or address chrony can use; write it by hand.`,
        `이 ${source.kind} 줄에는 chrony가 쓸 수 있는 호스트 이름이나 주소가 없습니다. 직접 쓰세요.`,
      );
      continue;
    }
    const key = `${source.kind} ${source.host}`;
    const first = firstByHost.get(key);
    if (first !== undefined) {
      convertOptions(source, first.options);
      out.set(source.line, []);
      const where = context.lineLabel(first.source.line.line);
      context.note(
        source.line,
        'merged-duplicate',
        'information',
        `The same ${source.kind} as on ${where.en}: merged into it (chronyd would refuse a second one).`,
        `${where.ko}과 같은 ${source.kind}입니다. 그 줄에 합쳤습니다(chronyd는 두 번째 줄을 거부합니다).`,
      );
      continue;
    }
    const entry = { source, options: { words: new Map<string, string | undefined>(), dropped: [] } };
    convertOptions(source, entry.options);
    firstByHost.set(key, entry);
    order.push(entry);
  }
  for (const { source, options } of order) {
    const family = hasFamilyFlag(source);
    if (family !== undefined)
      context.note(
        source.line,
        'changed-meaning',
        'information',
        `chrony has no per-source ${family}: it uses the families the name resolves to. Start chronyd with ${family} (OPTIONS in /etc/sysconfig/chronyd) to keep one family.`,
        `chrony에는 소스별 ${family}${particle(family, '이')} 없고, 이름이 풀리는 주소 체계를 씁니다. 한 체계만 쓰려면 chronyd를 ${family}${particle(family, '으로')} 시작하세요(/etc/sysconfig/chronyd의 OPTIONS).`,
      );
    if (options.dropped.length > 0)
      context.note(
        source.line,
        'not-converted',
        'information',
        `Left out (no chrony equivalent for a ${source.kind}): ${options.dropped.join(', ')}.`,
        `뺐습니다(chrony의 ${source.kind}에는 해당하는 옵션이 없음): ${options.dropped.join(', ')}.`,
      );
    const [minpoll, maxpoll] = [Number(options.words.get('minpoll')), Number(options.words.get('maxpoll'))];
    if (minpoll > maxpoll) {
      options.words.set('maxpoll', String(minpoll));
      context.note(
        source.line,
        'changed-meaning',
        'warning',
        `minpoll ${minpoll} is above maxpoll ${maxpoll}: the daemons poll at ${minpoll}, so the conversion writes \`maxpoll ${minpoll}\`. Check which interval was meant.`,
        `minpoll ${minpoll}${particle(minpoll, '이')} maxpoll ${maxpoll}보다 큽니다. 데몬은 ${minpoll}${particle(minpoll, '으로')} 폴링하므로 변환 결과는 \`maxpoll ${minpoll}\`입니다. 의도한 간격을 확인하세요.`,
      );
    }
    // chrony's peers cannot burst at start; servers and pools should.
    if (source.kind !== 'peer' && !options.words.has('iburst')) {
      options.words = new Map([['iburst', undefined], ...options.words]);
      context.note(
        source.line,
        'added-iburst',
        'information',
        'Added `iburst`: the first measurements come in seconds instead of minutes, as chrony configurations usually do.',
        '`iburst`를 더했습니다. 첫 측정이 몇 분이 아니라 몇 초 만에 끝나며, chrony 설정에서 흔히 씁니다.',
      );
    }
    const words = [...options.words].map(([name, value]) => (value === undefined ? name : `${name} ${value}`));
    out.set(source.line, [[source.kind, source.address?.text, ...words].join(' ')]);
  }
  return out;
}
