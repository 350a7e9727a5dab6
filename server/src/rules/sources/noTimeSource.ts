import { localized } from '../../core/localized';
import { findingFor } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { ntpsecRefclocks, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { directivesNamed, fileStartRange } from '../../formats/ntpconf/model/directiveIndex';

const meta: RuleMeta = {
  code: 'no-time-source',
  scope: 'configuration',
  severity: 'warning',
  dialects: ['chrony', 'ntpd', 'ntpsec', 'xntpd'],
  fixable: false,
  description: localized(
    'The configuration names no time source (`server`, `pool`, `peer`, `refclock`, `local`): the clock is never set.',
    '설정에 시간 소스(`server`, `pool`, `peer`, `refclock`, `local`)가 없음: 시계를 맞추지 않음.',
  ),
};

/** Directives that give the daemon time without a source line: discovery, chrony's own clock as a reference, DHCP source files. */
const OTHER_TIME = ['broadcastclient', 'multicastclient', 'manycastclient', 'local', 'refclock', 'sourcedir'];

/** A daemon with nothing to listen to runs and answers, but never sets the clock: the usual cause is a template whose server lines were never filled in. */
export const noTimeSource: Rule = {
  meta,
  check({ config }) {
    if (sourceLines(config).length > 0 || ntpsecRefclocks(config).length > 0) return [];
    if (OTHER_TIME.some((name) => directivesNamed(config, name).length > 0)) return [];
    const first = config.directives[0]?.tokens[0];
    if (first === undefined) return [];
    const daemon = config.dialect === 'chrony' ? 'chronyd' : config.dialect === 'xntpd' ? 'xntpd' : 'ntpd';
    const example = config.dialect === 'xntpd' ? 'server time.example.com' : 'pool pool.ntp.org iburst';
    return [
      findingFor(
        meta,
        fileStartRange(config),
        localized(
          `No time source: ${daemon} runs but never sets the clock. Add one, e.g. \`${example}\`.`,
          `시간 소스가 없어 ${daemon}가 시계를 맞추지 않습니다. \`${example}\` 같은 소스를 추가하세요.`,
        ),
      ),
    ];
  },
};
