import { localized } from '../../core/localized';
import { findingFor, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { hasLoopbackEntry, linesNamed, ntpAccess, type NtpAccess } from './restrictLines';
import { insertBlockAtTop } from '../../formats/ntpconf/edits';
import { fileStartRange } from '../../formats/ntpconf/model/directiveIndex';

const meta: RuleMeta = {
  code: 'missing-restrict-default',
  scope: 'configuration',
  severity: 'warning',
  dialects: ['ntpd', 'xntpd'],
  fixable: true,
  description: localized(
    'No `restrict default` line: any host may query the daemon and attempt to reconfigure it.',
    '`restrict default` 줄이 없음: 어떤 호스트든 데몬에 질의하고 재설정을 시도할 수 있습니다.',
  ),
  docs: { dialects: 'not NTPsec, whose built-in default entry is already restricted', fix: 'Add a `restrict default` block' },
};

// nopeer would also refuse the associations these directives are there to create.
const MOBILISING_CLIENTS = ['broadcastclient', 'multicastclient', 'manycastclient'];

/** The CIS-style access block, adapted to what the daemon understands and to what the file already has. */
function restrictBlock(access: NtpAccess, dialect: 'ntpd' | 'xntpd'): string[] {
  const needsPeers = MOBILISING_CLIENTS.some((name) => linesNamed(access, name).length > 0);
  const peerFlag = needsPeers ? '' : ' nopeer';
  const block: string[] = [];
  if (dialect === 'ntpd') {
    block.push(`restrict default kod limited nomodify notrap${peerFlag} noquery`);
    // Servers and pool members get their own entry, so nopeer and limited never hit them.
    if (access.sourceTemplates.length === 0) block.push('restrict source nomodify notrap noquery');
  } else {
    // xntpd 3 has no kod, and its `limited` caps clients per network, so neither belongs here.
    block.push(`restrict default nomodify notrap${peerFlag} noquery`);
  }
  if (!hasLoopbackEntry(access, 'ipv4')) block.push('restrict 127.0.0.1');
  if (dialect === 'ntpd' && !hasLoopbackEntry(access, 'ipv6')) block.push('restrict ::1');
  return block;
}

/** Without a default entry, ntpd and xntpd give every host on the network unrestricted access. */
export const missingRestrictDefault: Rule = {
  meta,
  check({ config, dialect }) {
    if (dialect !== 'ntpd' && dialect !== 'xntpd') return [];
    const access = ntpAccess(config);
    if (access.defaults.length > 0 || access.includesOtherFiles) return [];
    const keyword = config.directives[0]?.tokens[0];
    if (keyword === undefined) return [];
    const block = restrictBlock(access, dialect);
    const edit = insertBlockAtTop(config, block);
    const daemon = dialect === 'xntpd' ? 'xntpd' : 'ntpd';
    const headline = localized(
      `No \`restrict default\`: ${daemon} answers queries from any host. Add a \`restrict default\` line.`,
      `\`restrict default\`가 없어 ${daemon}가 어느 호스트의 질의에도 응답합니다. \`restrict default\` 줄을 추가하세요.`,
    );
    const detail =
      dialect === 'xntpd'
        ? localized(
            'There is no `restrict default` line, so xntpd serves every host without limits: anyone can read its state with ntpq and xntpdc, including the `monlist` list of recent clients (mode 7), a well-known DDoS amplifier (CVE-2013-5211), can try run-time reconfiguration, and, since xntpd 3 does not require authentication by default, can mobilise peer associations. Add `restrict default nomodify notrap nopeer noquery` and `restrict 127.0.0.1` so only this host can query it.',
            '`restrict default` 줄이 없어 xntpd가 모든 호스트에 제한 없이 응답합니다. 누구나 ntpq·xntpdc로 상태를 읽을 수 있고, 여기에는 DDoS 증폭에 악용되는 `monlist`(모드 7, CVE-2013-5211)도 포함됩니다. 실행 중 재설정도 시도할 수 있고, xntpd 3은 기본으로 인증을 요구하지 않아 피어 연관도 만들 수 있습니다. `restrict default nomodify notrap nopeer noquery`와 `restrict 127.0.0.1`을 추가해 이 호스트만 질의할 수 있게 하세요.',
          )
        : localized(
            'There is no `restrict default` line, so ntpd gives every host unrestricted access: anyone can read its state with ntpq (mode 6 replies are larger than the requests, useful for traffic amplification and reconnaissance), try run-time reconfiguration, and poll it as fast as it likes. Add `restrict default kod limited nomodify notrap nopeer noquery`, with `restrict source` for your servers and `restrict 127.0.0.1`/`restrict ::1` for local ntpq.',
            '`restrict default` 줄이 없어 ntpd가 모든 호스트에 제한 없는 접근을 허용합니다. 누구나 ntpq로 상태를 읽을 수 있고(모드 6 응답은 요청보다 커서 트래픽 증폭과 정찰에 쓰입니다), 실행 중 재설정을 시도할 수 있으며, 속도 제한 없이 마음대로 폴링할 수 있습니다. `restrict default kod limited nomodify notrap nopeer noquery`를 추가하고, 서버용 `restrict source`, 로컬 ntpq용 `restrict 127.0.0.1`/`restrict ::1`도 두세요.',
          );
    const finding: Finding = findingFor(meta, fileStartRange(config), headline, {
      detail,
      ...(edit
        ? {
            fixes: [
              {
                title: localized(`Add a restrict default block (${block.length} lines)`, `restrict default 블록 추가(${block.length}줄)`),
                preferred: true,
                edits: [edit],
              },
            ],
          }
        : {}),
    });
    return [finding];
  },
};
