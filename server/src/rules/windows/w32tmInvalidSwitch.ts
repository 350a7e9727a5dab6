import { localized, type Localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import { code, insertFix, replaceFix, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import type { W32tmCommand, W32tmSwitch } from '../../formats/script/types';
import { findingFor, fitsHeadline, tokenRange, type Finding } from '../../core/finding';
import { closestMatch } from '../../core/suggest';
import { ALL_SWITCH_NAMES, switchSpec, VERBS } from '../../formats/w32time/w32tmCatalog';

const meta: ScriptRuleMetaInput = {
  code: 'w32tm-invalid-switch',
  severity: 'error',
  fixable: true,
  description: localized(
    'A `w32tm` switch that does not exist or does not belong to the operation, a value it does not accept, or no operation.',
    '존재하지 않거나 작업에 속하지 않는 `w32tm` 스위치, 받지 않는 값, 또는 작업이 없는 명령.',
  ),
  docs: { fix: 'the closest switch or keyword, or insert `/config`' },
};

const CONFIG_ONLY = new Set(VERBS['config']?.switches.filter((s) => s !== 'computer'));
const ALL_SWITCH_LIST = [...ALL_SWITCH_NAMES];

function error(option: W32tmSwitch, message: Localized, detail: Localized, fix?: { title: [string, string]; text: string }): Finding {
  return findingFor(meta, tokenRange(option.nameToken), message, {
    detail,
    ...(fix ? { fixes: [replaceFix(localized(...fix.title), option.nameToken, fix.text)] } : {}),
  });
}

/** The first headline that fits: the ones naming the written text first, a shorter one last. */
function firstFitting(...headlines: readonly Localized[]): Localized {
  return headlines.find(fitsHeadline) ?? (headlines[headlines.length - 1] as Localized);
}

function unknownSwitchHeadline(written: string, guess: string | undefined): Localized {
  const action = guess
    ? localized(`Use ${code(`/${guess}`)}.`, `${code(`/${guess}`)}${particle(guess, '을')} 쓰세요.`)
    : localized('Check the spelling or remove it.', '철자를 확인하거나 지우세요.');
  return firstFitting(
    localized(
      `w32tm has no switch ${code(written)}, so the command fails. ${action.en}`,
      `w32tm에는 ${code(written)} 스위치가 없어 명령이 실패합니다. ${action.ko}`,
    ),
    localized(`w32tm has no such switch, so the command fails. ${action.en}`, `w32tm에는 이런 스위치가 없어 명령이 실패합니다. ${action.ko}`),
  );
}

function checkValue(option: W32tmSwitch, verb: string | undefined): Finding | undefined {
  const spec = switchSpec(option.name, verb)?.value;
  if (spec?.values === undefined || option.value === undefined) return undefined;
  const keywords = Object.keys(spec.values);
  const words = spec.list ? option.value.token.text.split(',') : [option.value.token.text];
  const wrong = words.map((w) => w.trim()).find((w) => !keywords.some((k) => k.toLowerCase() === w.toLowerCase()));
  if (wrong === undefined) return undefined;
  const match = words.length === 1 ? closestMatch(wrong, keywords) : undefined;
  // Keep the writer's case: `manul` becomes `manual`, not `MANUAL`.
  const guess = match !== undefined && wrong === wrong.toLowerCase() ? match.toLowerCase() : match;
  const name = `/${option.name}`;
  const use = guess
    ? localized(`Use ${code(guess)}.`, `${code(guess)}${particle(guess, '을')} 쓰세요.`)
    : localized(`Use ${keywords.join(', ')}.`, `${keywords.join(', ')} 중에서 쓰세요.`);
  return findingFor(
    meta,
    tokenRange(option.value.token),
    firstFitting(
      localized(
        `${code(name)} does not accept ${code(wrong)}. ${use.en}`,
        `${code(name)}${particle(name, '은')} ${code(wrong)}${particle(wrong, '을')} 받지 않습니다. ${use.ko}`,
      ),
      localized(`${code(name)} does not accept this value. ${use.en}`, `${code(name)}${particle(name, '은')} 이 값을 받지 않습니다. ${use.ko}`),
    ),
    {
      detail: localized(
        `${code(`/${option.name}`)} does not accept ${code(wrong)}; use ${keywords.join(', ')}.`,
        `${code(`/${option.name}`)}는 ${code(wrong)}를 받지 않습니다. ${keywords.join(', ')} 중에서 쓰세요.`,
      ),
      ...(guess ? { fixes: [replaceFix(localized(`Change to ${guess}`, `${guess}로 바꾸기`), option.value.token, guess)] } : {}),
    },
  );
}

function check(command: W32tmCommand): Finding[] {
  const findings: Finding[] = [];
  const verb = command.verb?.name;
  const first = command.switches[0];
  if (verb === undefined && first !== undefined) {
    const configLike = command.switches.every((s) => CONFIG_ONLY.has(s.name));
    findings.push(
      findingFor(
        meta,
        tokenRange(first.nameToken),
        configLike
          ? firstFitting(
              localized(
                `${code(`w32tm ${first.nameToken.text}`)} has no operation. Write ${code(`w32tm /config ${first.nameToken.text}`)}.`,
                `${code(`w32tm ${first.nameToken.text}`)}에 작업이 없습니다. ${code(`w32tm /config ${first.nameToken.text}`)}처럼 쓰세요.`,
              ),
              localized(
                `This ${code('w32tm')} command has no operation. Add ${code('/config')} before its switches.`,
                `이 ${code('w32tm')} 명령에 작업이 없습니다. 스위치 앞에 ${code('/config')}를 넣으세요.`,
              ),
            )
          : localized(
              `${code('w32tm')} needs an operation first, such as ${code('/config')}, ${code('/resync')} or ${code('/query')}.`,
              `${code('w32tm')}에는 먼저 ${code('/config')}, ${code('/resync')}, ${code('/query')} 같은 작업이 와야 합니다.`,
            ),
        {
          ...(configLike
            ? {
                detail: localized(
                  `${code(`w32tm ${first.nameToken.text}`)} has no operation: these switches belong to ${code('/config')}. Write ${code(`w32tm /config ${first.nameToken.text}`)}.`,
                  `${code(`w32tm ${first.nameToken.text}`)}에 작업이 없습니다. 이 스위치는 ${code('/config')}에 속합니다. ${code(`w32tm /config ${first.nameToken.text}`)}로 쓰세요.`,
                ),
                fixes: [insertFix(localized('Add /config', '/config 추가'), { line: first.nameToken.line, character: first.nameToken.start }, '/config ')],
              }
            : {}),
        },
      ),
    );
  }
  const allowed = verb === undefined ? ALL_SWITCH_LIST : [verb, ...(VERBS[verb]?.switches ?? [])];
  for (const option of command.switches) {
    if (option === command.verb) continue;
    if (!ALL_SWITCH_NAMES.has(option.name)) {
      const guess = closestMatch(option.name, allowed);
      findings.push(
        error(
          option,
          unknownSwitchHeadline(option.nameToken.text, guess),
          localized(
            `w32tm has no switch ${code(option.nameToken.text)}${guess ? `; did you mean ${code(`/${guess}`)}?` : '.'} w32tm stops with "The parameter is incorrect".`,
            `w32tm에는 ${code(option.nameToken.text)} 스위치가 없습니다${guess ? `. ${code(`/${guess}`)}를 뜻했나요?` : '.'} w32tm은 "매개 변수가 틀립니다"로 멈춥니다.`,
          ),
          guess ? { title: [`Change to /${guess}`, `/${guess}로 바꾸기`], text: `/${guess}` } : undefined,
        ),
      );
      continue;
    }
    if (verb !== undefined && !allowed.includes(option.name)) {
      findings.push(
        error(
          option,
          localized(
            `${code(`/${verb}`)} does not take ${code(`/${option.name}`)}. Remove it or run it as a separate command.`,
            `${code(`/${verb}`)}${particle(verb, '은')} ${code(`/${option.name}`)}${particle(option.name, '을')} 받지 않습니다. 빼거나 별도 명령으로 실행하세요.`,
          ),
          localized(`${code(`/${verb}`)} does not take ${code(`/${option.name}`)}.`, `${code(`/${verb}`)}는 ${code(`/${option.name}`)}를 받지 않습니다.`),
        ),
      );
      continue;
    }
    const invalid = checkValue(option, verb);
    if (invalid) findings.push(invalid);
  }
  return findings;
}

/** Unknown switches, switches of another operation, bad keywords, or no operation at all: w32tm refuses the command. */
export const w32tmInvalidSwitch = w32timeRule(meta, (script) => script.commands.flatMap(check));
