import type { Dialect } from '../../core/dialect';
import { localized, type Localized } from '../../core/localized';
import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import { findingFor } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { ntpsecRefclocks, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { directivesNamed, includesOtherFiles, fileStartRange } from '../../formats/ntpconf/model/directiveIndex';

const meta: RuleMeta = {
  code: 'missing-driftfile',
  scope: 'configuration',
  severity: 'information',
  dialects: ['chrony', 'ntpd', 'ntpsec', 'xntpd'],
  fixable: false,
  description: localized(
    'No `driftfile`: the clock frequency is relearned from scratch at every start.',
    '`driftfile` 없음: 시작할 때마다 시계 주파수 보정을 처음부터 다시 익힘.',
  ),
};

/** Where the usual packages keep the drift file, for the message (the path is the packager's choice, so no fix). */
const EXAMPLES: Record<Dialect, Localized> = {
  chrony: localized(
    '`driftfile /var/lib/chrony/drift` (RHEL) or `/var/lib/chrony/chrony.drift` (Debian/Ubuntu)',
    '`driftfile /var/lib/chrony/drift`(RHEL) 또는 `/var/lib/chrony/chrony.drift`(Debian/Ubuntu)',
  ),
  ntpd: localized('`driftfile /var/lib/ntp/ntp.drift`', '`driftfile /var/lib/ntp/ntp.drift`'),
  ntpsec: localized('`driftfile /var/lib/ntpsec/ntp.drift`', '`driftfile /var/lib/ntpsec/ntp.drift`'),
  xntpd: localized('`driftfile /etc/ntp.drift` (AIX) or `/var/ntp/ntp.drift` (Solaris)', '`driftfile /etc/ntp.drift`(AIX) 또는 `/var/ntp/ntp.drift`(Solaris)'),
};

function firstSourceLine(config: ParsedConfig): ConfigLine | undefined {
  const candidates = [
    sourceLines(config)[0]?.line,
    ntpsecRefclocks(config)[0]?.line,
    config.dialect === 'chrony' ? directivesNamed(config, 'refclock')[0] : undefined,
  ];
  return candidates.filter((l): l is ConfigLine => l !== undefined).sort((a, b) => a.line - b.line)[0];
}

/** Without a drift file the frequency correction is relearned from zero at every start, which takes hours to settle. */
export const missingDriftfile: Rule = {
  meta,
  check({ config, dialect }) {
    if (directivesNamed(config, 'driftfile').length > 0 || includesOtherFiles(config, false)) return [];
    const first = firstSourceLine(config);
    const keyword = first?.tokens[0];
    if (keyword === undefined) return [];
    const commandLine =
      dialect === 'chrony'
        ? localized('', '')
        : localized(' (Skip this if the service starts the daemon with `-f <file>`.)', ' (서비스가 데몬을 `-f <파일>`로 시작한다면 무시하세요.)');
    return [
      findingFor(
        meta,
        fileStartRange(config),
        localized(
          "No `driftfile`: every restart relearns the clock's frequency, which takes hours. Add one.",
          '`driftfile`이 없어 재시작마다 시계 주파수를 다시 익히느라 몇 시간이 걸립니다. 추가하세요.',
        ),
        {
          detail: localized(
            `Without a drift file the daemon forgets the measured frequency error of this clock at every restart and learns it again while the clock wanders. Add one, for example ${EXAMPLES[dialect].en}.${commandLine.en}`,
            `드리프트 파일이 없으면 데몬이 재시작할 때마다 측정해 둔 이 시계의 주파수 오차를 잊고, 시계가 흔들리는 동안 다시 익힙니다. 예를 들어 ${EXAMPLES[dialect].ko}를 추가하세요.${commandLine.ko}`,
          ),
        },
      ),
    ];
  },
};
