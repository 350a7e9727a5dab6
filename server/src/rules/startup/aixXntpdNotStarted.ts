import { localized } from '../../core/localized';
import { code, replaceFix, startupRule, type ScriptRuleMetaInput } from '../scriptRule';
import { findingFor, tokenRange } from '../../core/finding';

const meta: ScriptRuleMetaInput = {
  code: 'aix-xntpd-not-started',
  severity: 'warning',
  fixable: true,
  description: localized(
    'The `start /usr/sbin/xntpd` line of AIX /etc/rc.tcpip is commented out, so xntpd does not start at boot.',
    'AIX /etc/rc.tcpip의 `start /usr/sbin/xntpd` 줄이 주석 처리되어 부팅 때 xntpd가 시작되지 않음.',
  ),
  docs: { fix: 'uncomment the line' },
};

/** AIX ships the xntpd line of /etc/rc.tcpip commented out, so NTP stops at the next reboot. */
export const aixXntpdNotStarted = startupRule('aix-rc-tcpip', meta, (script) => {
  if (script.xntpdStarts.some((s) => s.commentMark === undefined)) return [];
  const commented = script.xntpdStarts.at(-1);
  if (commented?.commentMark === undefined) return [];
  const hasX = commented.args.some((a) => a.text.replace(/["']/g, '') === '-x');
  return [
    findingFor(
      meta,
      { start: tokenRange(commented.commentMark).start, end: tokenRange(commented.args.at(-1) ?? commented.daemon).end },
      localized(
        `The ${code('start /usr/sbin/xntpd')} line is commented out, so xntpd does not start at boot. Remove the ${code('#')}.`,
        `${code('start /usr/sbin/xntpd')} 줄이 주석 처리되어 부팅 때 xntpd가 시작되지 않습니다. ${code('#')}를 지우세요.`,
      ),
      {
        detail: localized(
          `The ${code('start /usr/sbin/xntpd')} line is commented out, so xntpd does not start at boot (startsrc -s xntpd lasts only until the next reboot). Remove the ${code('#')}${hasX ? '' : `; the guides also pass ${code('"-x"')} so the clock is never stepped backwards`}.`,
          `${code('start /usr/sbin/xntpd')} 줄이 주석 처리되어 부팅 때 xntpd가 시작되지 않습니다(startsrc -s xntpd는 다음 재부팅까지만 유효). ${code('#')}를 지우세요${hasX ? '' : `. 가이드는 시계가 뒤로 건너뛰지 않도록 ${code('"-x"')}도 함께 줍니다`}.`,
        ),
        fixes: [replaceFix(localized('Uncomment the xntpd line', 'xntpd 줄 주석 해제'), commented.commentMark, '')],
      },
    ),
  ];
});
