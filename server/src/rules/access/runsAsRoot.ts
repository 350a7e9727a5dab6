import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { chronyAccess, chronyLinesNamed } from './chronyAccess';

const meta: RuleMeta = {
  code: 'runs-as-root',
  severity: 'warning',
  dialects: ['chrony'],
  // chronyd's -u flag overrides `user`: the service's start-up flags are part of what decides it.
  scope: 'configuration',
  fixable: false,
  description: localized('`user root`: chronyd never drops its root privileges.', '`user root`: chronyd가 root 권한을 끝까지 유지합니다.'),
};

/** chronyd starts as root and switches to an unprivileged user (compiled-in default `_chrony`/`chrony`); `user root` keeps root. */
export const runsAsRoot: Rule = {
  meta,
  check({ config }) {
    const lines = chronyLinesNamed(chronyAccess(config), 'user');
    // chronyd uses the last `user` line.
    const line = lines[lines.length - 1];
    const [keyword, value] = line?.tokens ?? [];
    if (keyword === undefined || value === undefined || value.text !== 'root') return [];
    const finding: Finding = findingFor(
      meta,
      spanRange(keyword, value),
      localized(
        '`user root` keeps chronyd running as root: remove the line to use the packaged user.',
        '`user root`면 chronyd가 계속 root로 실행됩니다. 줄을 지워 패키지의 사용자를 쓰세요.',
      ),
      {
        detail: localized(
          '`user root` keeps chronyd running as root after start ("Running with root privileges"), so a flaw in its network code would hand an attacker the whole machine. Remove the line to use the packaged unprivileged user (`_chrony` on Debian/Ubuntu, `chrony` on RHEL), and make sure that user can write the drift, dump and log files.',
          '`user root`로 chronyd가 시작 후에도 root로 실행됩니다("Running with root privileges"). 네트워크 코드에 결함이 있으면 공격자가 시스템 전체를 얻습니다. 이 줄을 지워 패키지의 비특권 사용자(Debian/Ubuntu는 `_chrony`, RHEL은 `chrony`)를 쓰고, 그 사용자가 drift·dump·로그 파일을 쓸 수 있는지 확인하세요.',
        ),
      },
    );
    return [finding];
  },
};
