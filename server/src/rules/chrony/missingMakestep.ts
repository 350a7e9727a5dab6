import { localized } from '../../core/localized';
import { findingFor, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { insertLineAfter } from '../../formats/ntpconf/edits';
import { directivesNamed, includesOtherFiles, lastDirectiveNamed, fileStartRange } from '../../formats/ntpconf/model/directiveIndex';
import { sourceSpan } from './chronyLines';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'missing-makestep',
  scope: 'configuration',
  severity: 'warning',
  dialects: ['chrony'],
  fixable: true,
  description: localized(
    'No `makestep`: chronyd never steps the clock, so a large error at boot takes hours to correct.',
    '`makestep`이 없음: chronyd가 시계를 한 번에 맞추지 않아 부팅 때의 큰 오차를 고치는 데 몇 시간이 걸립니다.',
  ),
  docs: { fix: 'Add `makestep 1 3`' },
};

const SUGGESTED = 'makestep 1 3';

/** Without makestep chronyd only slews (at most 1/12 s per second), so a clock hours off at boot stays wrong for hours. */
export const missingMakestep: Rule = {
  meta,
  check({ config }) {
    // initstepslew (the deprecated predecessor) also steps the clock at start.
    if (directivesNamed(config, 'makestep').length > 0 || directivesNamed(config, 'initstepslew').length > 0) return [];
    if (includesOtherFiles(config, false)) return [];
    const sources = sourceSpan(config);
    const keyword = sources?.first.tokens[0];
    if (sources === undefined || keyword === undefined) return [];
    const anchor = lastDirectiveNamed(config, 'driftfile') ?? sources.last;
    const finding: Finding = findingFor(
      meta,
      fileStartRange(config),
      localized(
        `No \`makestep\`: a clock an hour off after boot needs 12 hours to be right. Add \`${SUGGESTED}\`.`,
        `\`makestep\`이 없어 부팅 후 1시간 틀린 시계가 맞기까지 12시간이 걸립니다. \`${SUGGESTED}\`${particle(SUGGESTED, '을')} 추가하세요.`,
      ),
      {
        detail: localized(
          `Without \`makestep\` chronyd never steps the clock on its own; it only slews it (by default at most 1/12 s per second). \`${SUGGESTED}\` steps it when the error exceeds 1 s, only in the first 3 updates.`,
          `\`makestep\`이 없으면 chronyd가 시계를 한 번에 맞추지(step) 않고 기본값으로 초당 최대 1/12초씩 천천히 보정(slew)만 합니다. \`${SUGGESTED}\`${particle(SUGGESTED, '은')} 오차가 1초를 넘으면 처음 3번의 갱신에서만 한 번에 맞춥니다.`,
        ),
        fixes: [
          {
            title: localized(`Add ${SUGGESTED}`, `${SUGGESTED} 추가`),
            preferred: true,
            edits: [insertLineAfter(config, anchor.line, SUGGESTED)],
          },
        ],
      },
    );
    return [finding];
  },
};
