import { localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import { hasVariable } from '../../formats/script/lexer';
import { code, insertFix, replaceFix, startupRule, type ScriptRuleMetaInput } from '../scriptRule';
import type { ParsedStartup } from '../../formats/script/types';
import { findingFor, tokenRange, type Finding } from '../../core/finding';

const meta: ScriptRuleMetaInput = {
  code: 'hpux-xntpd-disabled',
  severity: 'warning',
  fixable: true,
  description: localized(
    'HP-UX netdaemons sets `XNTPD_ARGS` or `NTPDATE_SERVER` but not `XNTPD=1`, so xntpd does not start at boot.',
    'HP-UX netdaemons에 `XNTPD_ARGS`나 `NTPDATE_SERVER`는 있지만 `XNTPD=1`이 없어 부팅 때 xntpd가 시작되지 않음.',
  ),
  docs: { fix: 'set `XNTPD=1`' },
};

/** The assignment the start-up script ends up with: the last one wins, as in any shell file. */
export function lastAssignment(script: ParsedStartup, name: string) {
  return script.assignments.filter((a) => a.name.text === name && a.equals.text === '=').at(-1);
}

function check(script: ParsedStartup): Finding | undefined {
  const xntpd = lastAssignment(script, 'XNTPD');
  if (xntpd === undefined || xntpd.text === '1' || hasVariable(xntpd.text)) return undefined;
  const configured = ['XNTPD_ARGS', 'NTPDATE_SERVER'].map((n) => lastAssignment(script, n)).filter((a) => a !== undefined && a.text.length > 0);
  if (configured.length === 0) return undefined;
  const names = configured.map((a) => code(a?.name.text ?? '')).join(', ');
  const title = localized('Set XNTPD=1', 'XNTPD=1로 설정');
  const fix = xntpd.value ? replaceFix(title, xntpd.value, '1') : insertFix(title, { line: xntpd.line, character: xntpd.equals.end }, '1');
  return findingFor(
    meta,
    { start: tokenRange(xntpd.name).start, end: tokenRange(xntpd.value ?? xntpd.equals).end },
    localized(
      `${code(`XNTPD=${xntpd.text}`)}: xntpd won't start at boot, yet ${names} ${configured.length > 1 ? 'are' : 'is'} set. Set ${code('XNTPD=1')}.`,
      `${code(`XNTPD=${xntpd.text}`)}: ${names}${particle(names, '이')} 설정되어 있지만 부팅 때 xntpd가 시작되지 않습니다. ${code('XNTPD=1')}로 설정하세요.`,
    ),
    {
      detail: localized(
        `${code(`XNTPD=${xntpd.text}`)}: xntpd does not start at boot (only ${code('XNTPD=1')} starts it), although ${names} ${configured.length > 1 ? 'are' : 'is'} set for it. Set ${code('XNTPD=1')}.`,
        `${code(`XNTPD=${xntpd.text}`)}: 부팅 때 xntpd가 시작되지 않습니다(${code('XNTPD=1')}일 때만 시작). 그런데도 ${names}${particle(names, '이')} 설정되어 있습니다. ${code('XNTPD=1')}로 설정하세요.`,
      ),
      fixes: [fix],
    },
  );
}

/** XNTPD=0 with xntpd arguments or an ntpdate server set: NTP was configured but will not run after a reboot. */
export const hpuxXntpdDisabled = startupRule('hpux-netdaemons', meta, (script) => {
  const finding = check(script);
  return finding ? [finding] : [];
});
