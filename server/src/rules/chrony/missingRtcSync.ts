import { localized } from '../../core/localized';
import { findingFor, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { appendLineToFile, insertLineAfter } from '../../formats/ntpconf/edits';
import { directivesNamed, includesOtherFiles, lastDirectiveNamed, fileStartRange } from '../../formats/ntpconf/model/directiveIndex';
import { sourceSpan } from './chronyLines';

const meta: RuleMeta = {
  code: 'missing-rtc-sync',
  scope: 'configuration',
  severity: 'information',
  dialects: ['chrony'],
  fixable: true,
  description: localized(
    'Neither `rtcsync` nor `rtcfile`: the hardware clock (RTC) is never corrected.',
    '`rtcsync`도 `rtcfile`도 없음: 하드웨어 시계(RTC)가 보정되지 않습니다.',
  ),
  docs: { fix: 'Add `rtcsync`' },
};

/** Without rtcsync or rtcfile the RTC drifts freely, and on Linux chronyd keeps the kernel's "unsynchronised" flag set. */
export const missingRtcSync: Rule = {
  meta,
  check({ config }) {
    if (directivesNamed(config, 'rtcsync').length > 0 || directivesNamed(config, 'rtcfile').length > 0) return [];
    if (includesOtherFiles(config, false)) return [];
    const sources = sourceSpan(config);
    const keyword = sources?.first.tokens[0];
    if (sources === undefined || keyword === undefined) return [];
    // Next to makestep when there is one, like the distributions' default files; else at the end.
    const makestep = lastDirectiveNamed(config, 'makestep');
    const edit = makestep ? insertLineAfter(config, makestep.line, 'rtcsync') : appendLineToFile(config, 'rtcsync');
    const finding: Finding = findingFor(
      meta,
      fileStartRange(config),
      localized(
        'Neither `rtcsync` nor `rtcfile`: the RTC drifts and each boot starts wrong. Add `rtcsync`.',
        '`rtcsync`도 `rtcfile`도 없어 RTC가 틀어지고 부팅마다 틀린 시각으로 시작합니다. `rtcsync`를 추가하세요.',
      ),
      {
        detail: localized(
          'chronyd never corrects the real-time clock (RTC), so after the next reboot the system starts from a drifted time. On Linux chronyd also leaves the kernel\'s "unsynchronised" flag set, so programs asking the kernel (adjtimex, ntp_gettime) are told the clock is not synchronised. `rtcsync` works on Linux and macOS.',
          'chronyd가 실시간 시계(RTC)를 보정하지 않으므로, 다음 재부팅 때 시스템이 틀어진 시각으로 시작합니다. 리눅스에서는 chronyd가 커널의 "동기화되지 않음" 플래그도 그대로 두므로, 커널에 묻는 프로그램(adjtimex, ntp_gettime)은 시계가 동기화되지 않았다는 답을 받습니다. `rtcsync`는 리눅스와 macOS에서 동작합니다.',
        ),
        fixes: [{ title: localized('Add rtcsync', 'rtcsync 추가'), preferred: true, edits: [edit] }],
      },
    );
    return [finding];
  },
};
