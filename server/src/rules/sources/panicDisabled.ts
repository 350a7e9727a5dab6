import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';

/** Words a comment uses for a guest whose clock jumps after a pause or migration, the one case vendors document the line for. */
const VIRTUAL_MACHINE = /\b(vmware|esxi?|virtual|vm|vms|hyper-?v|kvm|xen|guest)\b/i;

const meta: RuleMeta = {
  code: 'panic-disabled',
  severity: 'warning',
  severities: ['warning', 'information'],
  dialects: ['ntpd', 'ntpsec'],
  fixable: false,
  docs: { severity: 'warning, information on a virtual machine (the file says so in a comment, or the line comes first as VMware asks)' },
  description: localized('`tinker panic 0` turns off the 1000 s sanity limit.', '`tinker panic 0`이 1000초 안전 한계를 끔.'),
  readsComments: VIRTUAL_MACHINE,
};

/** VMware's KB 1006427 puts `tinker panic 0` first in the file; a comment naming a hypervisor says the same. */
function saysVirtualMachine(config: ParsedConfig, line: ConfigLine): boolean {
  return config.directives[0] === line || config.lines.some((l) => l.comment !== undefined && VIRTUAL_MACHINE.test(l.comment.text));
}

/** RFC 8633 §5.2: operators "SHOULD NOT ignore the panic threshold in all cold-start situations". */
export const panicDisabled: Rule = {
  meta,
  check({ config }) {
    const findings: Finding[] = [];
    for (const line of directivesNamed(config, 'tinker')) {
      const words = line.tokens.slice(1);
      const index = words.findIndex((w, i) => w.text === 'panic' && words[i + 1]?.text === '0');
      if (index < 0) continue;
      const onVirtualMachine = saysVirtualMachine(config, line);
      findings.push(
        findingFor(
          meta,
          spanRange(words[index]!, words[index + 1]!),
          onVirtualMachine
            ? localized(
                '`tinker panic 0` on a VM lets any source step the clock by any amount; prefer `-g` and a restart.',
                '가상 머신의 `tinker panic 0`은 어떤 소스든 시계를 얼마든 옮기게 둡니다. `-g`와 재시작을 권합니다.',
              )
            : localized(
                '`tinker panic 0` lets a bad source step the clock by hours: remove it, start ntpd with `-g`.',
                '`tinker panic 0`이면 잘못된 소스가 언제든 시계를 몇 시간씩 옮깁니다. 지우고 ntpd를 `-g`로 시작하세요.',
              ),
          {
            ...(onVirtualMachine ? { severity: 'information' as const } : {}),
            detail: localized(
              'ntpd exits when an offset is larger than the panic threshold (1000 s): a wrong or forged source cannot move the clock by hours without an admin noticing. `tinker panic 0` removes that check for the whole run. The start-up case it is usually meant for is covered by `ntpd -g`, which allows one large correction at start only. VMware asks for `tinker panic 0` as the first line on guests that are suspended and resumed; there it is information only.',
              'ntpd는 오프셋이 패닉 한계(1000초)보다 크면 종료합니다. 잘못되었거나 위조된 소스가 관리자 모르게 시계를 몇 시간씩 옮기지 못하게 하는 장치입니다. `tinker panic 0`은 실행 내내 이 검사를 없앱니다. 보통 노리는 시작 시점의 큰 보정은 시작할 때 한 번만 허용하는 `ntpd -g`로 충분합니다. VMware는 일시 중지 후 재개되는 게스트에 첫 줄로 `tinker panic 0`을 두라고 하므로, 그런 경우에는 정보로만 알립니다.',
            ),
          },
        ),
      );
    }
    return findings;
  },
};
