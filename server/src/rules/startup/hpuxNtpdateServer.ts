import { localized } from '../../core/localized';
import { code, startupRule, type ScriptRuleMetaInput } from '../scriptRule';
import { findingFor, tokenRange } from '../../core/finding';
import { lastAssignment } from './hpuxXntpdDisabled';

const meta: ScriptRuleMetaInput = {
  code: 'hpux-ntpdate-server',
  severity: 'information',
  fixable: false,
  description: localized(
    'HP-UX netdaemons starts xntpd (`XNTPD=1`) with no usable `NTPDATE_SERVER` to set the clock first.',
    'HP-UX netdaemons가 xntpd를 시작하지만(`XNTPD=1`) 먼저 시계를 맞출 `NTPDATE_SERVER`가 없음.',
  ),
};

/** Without NTPDATE_SERVER the clock is not set before xntpd starts, and xntpd gives up on offsets above 1000 s. */
export const hpuxNtpdateServer = startupRule('hpux-netdaemons', meta, (script) => {
  const xntpd = lastAssignment(script, 'XNTPD');
  if (xntpd?.text !== '1') return [];
  const server = lastAssignment(script, 'NTPDATE_SERVER');
  const placeholder = server !== undefined && /^0\.0\.0\.0$/.test(server.text);
  if (server !== undefined && server.text.length > 0 && !placeholder) return [];
  const target = server ?? xntpd;
  return [
    findingFor(
      meta,
      { start: tokenRange(target.name).start, end: tokenRange(target.value ?? target.equals).end },
      localized(
        `${placeholder ? `${code('0.0.0.0')} is not a server` : `No ${code('NTPDATE_SERVER')}`}: the clock is not set before xntpd starts. ${placeholder ? 'Set your time server there' : 'Set it to your time server'}.`,
        `${placeholder ? `${code('0.0.0.0')}은 서버가 아니라` : `${code('NTPDATE_SERVER')}가 없어`} xntpd 시작 전에 시계를 맞추지 않습니다. ${code('NTPDATE_SERVER')}에 시간 서버를 설정하세요.`,
      ),
      {
        detail: localized(
          `${placeholder ? `${code('0.0.0.0')} is not a server, so` : 'With no NTPDATE_SERVER'} the clock is not set by ntpdate before xntpd starts: a large offset after a reboot is slewed for hours, and xntpd gives up when it exceeds 1000 s. Set ${code('NTPDATE_SERVER')} to your time server (the same as in /etc/ntp.conf).`,
          `${placeholder ? `${code('0.0.0.0')}은 서버가 아니므로` : 'NTPDATE_SERVER가 없으므로'} xntpd 시작 전에 ntpdate로 시계를 맞추지 않습니다. 재부팅 뒤 큰 차이는 몇 시간 동안 slew되고, 1000초를 넘으면 xntpd가 동기화를 포기합니다. ${code('NTPDATE_SERVER')}에 시간 서버(/etc/ntp.conf와 같은 서버)를 설정하세요.`,
        ),
      },
    ),
  ];
});
