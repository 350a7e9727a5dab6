import { localized } from '../../core/localized';
import { code, replaceFix, startupRule, type ScriptRuleMetaInput } from '../scriptRule';
import type { ShellAssignment } from '../../formats/script/types';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import { insertAt } from '../../formats/ntpconf/edits';
import { particle } from '../../core/koreanParticles';

const meta: ScriptRuleMetaInput = {
  code: 'hpux-netdaemons-syntax',
  severity: 'error',
  fixable: true,
  description: localized(
    'An NTP variable in HP-UX netdaemons with a blank around `=` or an unquoted value of several words.',
    '`=` 앞뒤에 공백이 있거나 여러 단어 값을 따옴표 없이 쓴 HP-UX netdaemons의 NTP 변수.',
  ),
  docs: { fix: 'remove the blanks around `=` / quote the value' },
};

/** Variables whose value may be a list of words, which must then be quoted. */
const LIST_VARIABLES = new Set(['XNTPD_ARGS', 'NTPDATE_SERVER']);

function check(assignment: ShellAssignment): Finding | undefined {
  const name = assignment.name.text;
  if (assignment.equals.text !== '=') {
    const written = `${name}${assignment.equals.text}${assignment.value?.text ?? assignment.extra[0]?.text ?? ''}`;
    const wanted = `${name}=${assignment.value?.text ?? assignment.extra[0]?.text ?? ''}`;
    return findingFor(
      meta,
      { start: tokenRange(assignment.name).start, end: tokenRange(assignment.equals).end },
      localized(
        `The shell allows no blank around ${code('=')}, so ${code(name)} is not set. Write ${code(wanted)}.`,
        `셸에서는 ${code('=')} 앞뒤에 공백을 둘 수 없어 ${code(name)}${particle(name, '이')} 설정되지 않습니다. ${code(wanted)}${particle(wanted, '으로')} 쓰세요.`,
      ),
      {
        detail: localized(
          `${code(written.trim())}: the shell allows no blank around ${code('=')}, so ${code(name)} is not set (the shell ${assignment.exported ? 'exports' : 'runs'} the words separately) and the start-up script does not see the value. Write ${code(wanted)}.`,
          `${code(written.trim())}: 셸에서는 ${code('=')} 앞뒤에 공백을 둘 수 없어 ${code(name)}${particle(name, '이')} 설정되지 않고(셸이 단어들을 따로 ${assignment.exported ? '내보냄' : '실행함'}) 시작 스크립트가 값을 보지 못합니다. ${code(wanted)}${particle(wanted, '으로')} 쓰세요.`,
        ),
        fixes: [replaceFix(localized('Remove the blanks around =', '= 앞뒤 공백 지우기'), assignment.equals, '=')],
      },
    );
  }
  const last = assignment.extra[assignment.extra.length - 1];
  const value = assignment.value;
  if (last === undefined || value === undefined) return undefined;
  const extra = assignment.extra.map((w) => w.text).join(' ');
  const words = `${value.text} ${extra}`;
  const quotable = LIST_VARIABLES.has(name) && !/^["']/.test(value.text) && !assignment.extra.some((w) => /["'<>|&;]/.test(w.text));
  return findingFor(
    meta,
    { start: tokenRange(value).start, end: tokenRange(last).end },
    localized(
      `Only ${code(value.text)} is assigned to ${code(name)}: ${quotable ? 'quote the value' : 'remove the extra words or quote the value'}.`,
      `${code(name)}에는 ${code(value.text)}만 들어갑니다. ${quotable ? '값을 따옴표로 감싸세요' : '남는 단어를 지우거나 값을 따옴표로 감싸세요'}.`,
    ),
    {
      detail: localized(
        `Only ${code(value.text)} is assigned to ${code(name)}: without quotes the shell treats ${code(extra)} as ${assignment.exported ? 'more variables to export' : 'a command to run'}. ${quotable ? `Quote the value: ${code(`${name}="${words}"`)}.` : 'Remove the extra words or quote the value.'}`,
        `${code(name)}에는 ${code(value.text)}만 들어갑니다. 따옴표가 없으면 셸은 ${code(extra)}${particle(extra, '을')} ${assignment.exported ? '내보낼 다른 변수로' : '실행할 명령으로'} 봅니다. ${quotable ? `${code(`${name}="${words}"`)}처럼 값을 따옴표로 감싸세요.` : '남는 단어를 지우거나 값을 따옴표로 감싸세요.'}`,
      ),
      ...(quotable
        ? {
            fixes: [
              {
                title: localized('Quote the value', '값을 따옴표로 감싸기'),
                preferred: true,
                edits: [insertAt(value.line, value.start, '"'), insertAt(last.line, last.end, '"')],
              },
            ],
          }
        : {}),
    },
  );
}

/** A blank around `=` or an unquoted list breaks the assignment that /sbin/init.d/xntpd reads. */
export const hpuxNetdaemonsSyntax = startupRule('hpux-netdaemons', meta, (script) => script.assignments.flatMap((assignment) => check(assignment) ?? []));
