import type { Dialect } from '../core/dialect';
import { localized, type Localized, type Language } from '../core/localized';
import { formatSeconds } from '../formats/ntpconf/catalog/units';

function seconds(word: string | undefined): number | undefined {
  const value = Number(word);
  return word === undefined || word === '' || !Number.isFinite(value) ? undefined : value;
}

function both(make: (language: Language) => string): Localized {
  return localized(make('en'), make('ko'));
}

/** chrony `makestep threshold limit`. */
function makestep(words: readonly string[]): Localized | undefined {
  const threshold = seconds(words[0]);
  const limit = seconds(words[1]);
  if (threshold === undefined || limit === undefined) return undefined;
  const off = both((l) => formatSeconds(threshold, l));
  if (limit < 0) {
    return localized(
      `Step the clock on any update when it is off by more than ${off.en}.`,
      `시계가 ${off.ko}보다 많이 어긋나면 언제든(모든 갱신에서) 한 번에 맞춥니다(step).`,
    );
  }
  return localized(
    `Step the clock if it is off by more than ${off.en} during the first ${limit} updates; after that, only slew.`,
    `처음 ${limit}번의 갱신 동안 시계가 ${off.ko}보다 많이 어긋나면 한 번에 맞추고(step), 그 뒤로는 천천히 보정(slew)만 합니다.`,
  );
}

/** chrony `maxchange offset start ignore`. */
function maxchange(words: readonly string[]): Localized | undefined {
  const offset = seconds(words[0]);
  const start = seconds(words[1]);
  const ignore = seconds(words[2]);
  if (offset === undefined || start === undefined || ignore === undefined) return undefined;
  const off = both((l) => formatSeconds(offset, l));
  const giveUp =
    ignore < 0
      ? localized('such updates are always ignored and chronyd never exits', '그런 갱신은 항상 무시하고 chronyd는 종료하지 않습니다')
      : localized(`such updates are ignored ${ignore} times, then chronyd exits`, `그런 갱신을 ${ignore}번 무시한 뒤 chronyd가 종료합니다`);
  return localized(
    `After the first ${start} updates, an offset larger than ${off.en} is not corrected: ${giveUp.en}.`,
    `처음 ${start}번의 갱신 이후 ${off.ko}보다 큰 오프셋은 보정하지 않습니다. ${giveUp.ko}.`,
  );
}

const EXPLAINERS: Readonly<Record<string, (words: readonly string[]) => Localized | undefined>> = { makestep, maxchange };

/** A sentence that says what the whole line does, for directives whose numbers read like a rule. */
export function explainDirective(name: string, argumentWords: readonly string[], dialect: Dialect): Localized | undefined {
  if (dialect !== 'chrony') return undefined;
  return EXPLAINERS[name.toLowerCase()]?.(argumentWords);
}
