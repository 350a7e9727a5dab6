import { localized, type Localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import { code, replaceFix, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import { findingFor, fitsHeadline, tokenRange } from '../../core/finding';

const meta: ScriptRuleMetaInput = {
  code: 'w32time-service-name',
  severity: 'error',
  fixable: true,
  description: localized(
    '`net`, `sc` or a service cmdlet given `w32tm` (the tool) instead of the service name `w32time`.',
    '서비스 이름 `w32time` 대신 도구 이름 `w32tm`을 준 `net`, `sc` 또는 서비스 cmdlet.',
  ),
  docs: { fix: 'use `w32time`' },
};

function headline(written: string): Localized {
  const full = localized(
    `${code('w32tm')} is the tool, not the service, so ${code(written)} fails. Use ${code('w32time')}.`,
    `${code('w32tm')}은 서비스가 아니라 명령줄 도구라서 ${code(written)}${particle(written, '은')} 실패합니다. ${code('w32time')}을 쓰세요.`,
  );
  if (fitsHeadline(full)) return full;
  return localized(
    `${code('w32tm')} is the tool, not a service. Use the service name ${code('w32time')}.`,
    `${code('w32tm')}은 서비스가 아니라 명령줄 도구입니다. 서비스 이름 ${code('w32time')}을 쓰세요.`,
  );
}

/** `w32tm` is the tool; the service is `w32time`, so `net stop w32tm` fails with "service name is invalid". */
export const w32timeServiceName = w32timeRule(meta, (script) =>
  script.services
    .filter((service) => service.service.text.toLowerCase() === 'w32tm')
    .map((service) => {
      const command = `${service.tool === 'powershell' ? service.action.text : `${service.tool} ${service.action.text}`}`;
      return findingFor(meta, tokenRange(service.service), headline(`${command} w32tm`), {
        detail: localized(
          `There is no service named ${code('w32tm')}: that is the command-line tool. The Windows Time service is ${code('w32time')}, so ${code(`${command} w32tm`)} fails. Write ${code(`${command} w32time`)}.`,
          `${code('w32tm')}이라는 서비스는 없습니다. 그것은 명령줄 도구입니다. Windows 시간 서비스의 이름은 ${code('w32time')}이므로 ${code(`${command} w32tm`)}은 실패합니다. ${code(`${command} w32time`)}으로 쓰세요.`,
        ),
        fixes: [replaceFix(localized('Use the service name w32time', '서비스 이름 w32time 쓰기'), service.service, 'w32time')],
      });
    }),
);
