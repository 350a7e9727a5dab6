import { normalizedHost } from '../../core/hostNames';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { sourceLines } from '../../formats/ntpconf/model/sourceLines';
import type { Range } from 'vscode-languageserver-types';
import type { ConversionContext } from './context';
import { CHRONY_DRIFTFILE } from './types';

const FILE_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
// chronyd takes at most 8 initstepslew servers (conf.c MAX_INITSTEPSLEW).
const MAX_INITSTEPSLEW = 8;

/** Host names of a step-tickers file (ntpdate's list, one or more per line, `#` comments). */
function stepTickerHosts(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.replace(/#.*$/, '').trim().split(/\s+/))
    .filter((word) => word !== '');
}

/** ntpd was told never to step: `slewalways` (xntpd) or `tinker step 0`. */
function neverSteps(context: ConversionContext): boolean {
  if (directivesNamed(context.config, 'slewalways').length > 0) return true;
  return directivesNamed(context.config, 'tinker').some((line) => {
    const words = context.words(line);
    const index = words.lastIndexOf('step');
    return index >= 0 && Number(words[index + 1]) === 0;
  });
}

/** Lines a chrony admin expects (`makestep`, `rtcsync`, `driftfile`) and the step-tickers, each with a note. */
export function defaultLines(context: ConversionContext): string[] {
  const lines: string[] = [];
  const tickers = context.options.stepTickersText === undefined ? [] : stepTickerHosts(context.options.stepTickersText);
  const sources = new Set(sourceLines(context.config).map((s) => s.host));
  const strangers = tickers.filter((host) => !sources.has(normalizedHost(host)));
  if (strangers.length > 0) {
    lines.push(`initstepslew 1 ${strangers.slice(0, MAX_INITSTEPSLEW).join(' ')}`);
    context.note(
      FILE_START,
      'changed-meaning',
      'information',
      `step-tickers named servers that are not sources here: \`initstepslew\` steps the clock from them once at start, as ntpdate did.${strangers.length > MAX_INITSTEPSLEW ? ` Only the first ${MAX_INITSTEPSLEW} are kept (chrony's limit).` : ''}`,
      `step-tickers에 이 설정의 소스가 아닌 서버가 있습니다. \`initstepslew\`가 ntpdate처럼 시작할 때 한 번 그 서버로 시계를 맞춥니다.${strangers.length > MAX_INITSTEPSLEW ? ` 처음 ${MAX_INITSTEPSLEW}개만 남겼습니다(chrony의 한도).` : ''}`,
    );
  } else if (tickers.length > 0) {
    context.note(
      FILE_START,
      'changed-meaning',
      'information',
      'step-tickers named only servers that are sources here: `makestep` steps the clock from them at start, as ntpdate did before ntpd.',
      'step-tickers의 서버가 모두 이 설정의 소스입니다. ntpd 앞의 ntpdate처럼 `makestep`이 시작할 때 그 소스로 시계를 맞춥니다.',
    );
  }
  if (neverSteps(context)) {
    context.note(
      FILE_START,
      'changed-meaning',
      'information',
      'ntpd was told never to step the clock, so no `makestep` is added: chrony then only slews.',
      'ntpd가 시계를 한 번에 바꾸지 않도록 설정되어 있어 `makestep`을 더하지 않았습니다. chrony는 천천히만 맞춥니다.',
    );
  } else if (!context.emitted.has('makestep')) {
    lines.push('makestep 1.0 3');
    context.note(
      FILE_START,
      'added-default',
      'information',
      'Added `makestep 1.0 3`: chrony steps the clock if it is more than 1 s off in its first three updates (ntpd stepped above 128 ms at any time; ntpdate stepped at boot).',
      '`makestep 1.0 3`을 더했습니다. 처음 세 번의 갱신에서 1초 넘게 틀리면 chrony가 시계를 한 번에 맞춥니다(ntpd는 언제든 128 ms 넘으면 step, ntpdate는 부팅 때 step).',
    );
  }
  if (!context.emitted.has('rtcsync')) {
    lines.push('rtcsync');
    context.note(
      FILE_START,
      'added-default',
      'information',
      'Added `rtcsync`: the kernel copies the system time to the hardware clock every 11 minutes, as it did under ntpd.',
      '`rtcsync`를 더했습니다. ntpd 때처럼 커널이 11분마다 시스템 시간을 하드웨어 시계에 복사합니다.',
    );
  }
  if (!context.emitted.has('driftfile')) {
    lines.push(`driftfile ${CHRONY_DRIFTFILE}`);
    context.note(
      FILE_START,
      'added-default',
      'information',
      `Added \`driftfile ${CHRONY_DRIFTFILE}\`: chrony remembers the clock's frequency error across restarts and settles faster.`,
      `\`driftfile ${CHRONY_DRIFTFILE}\`를 더했습니다. chrony가 재시작 사이에도 시계의 주파수 오차를 기억해 더 빨리 안정됩니다.`,
    );
  }
  return lines;
}
