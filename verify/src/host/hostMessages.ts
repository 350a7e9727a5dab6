import { localized, type Localized } from '../../../server/src/core/localized';
import { formatOffset } from './hostFormat';
import type { CommandRecord, ConfigLocation, DaemonSource, HostDaemon, HostVerdict, HostVerdictCode, LeapStatus } from './types';
import { particle } from '../../../server/src/core/koreanParticles';

function verdict(code: HostVerdictCode, severity: HostVerdict['severity'], message: Localized, location?: ConfigLocation): HostVerdict {
  return location === undefined ? { code, severity, message } : { code, severity, message, location };
}

export const DAEMON_NAMES: Readonly<Record<HostDaemon, string>> = { chrony: 'chrony', ntpd: 'ntpd', ntpsec: 'NTPsec ntpd', w32time: 'Windows Time (w32time)' };

export function invalidTarget(error: Localized): HostVerdict {
  return verdict('invalid-target', 'warning', localized(`Not run: ${error.en}`, `실행하지 않음: ${error.ko}`));
}

// ssh exits 255 for its own failures; its messages are English (we run it with LC_ALL=C).
const SSH_FAILURES: readonly { pattern: RegExp; message: (host: string) => Localized }[] = [
  {
    pattern: /REMOTE HOST IDENTIFICATION HAS CHANGED/,
    message: (h) =>
      localized(
        `The host key of ${h} has changed since it was recorded in known_hosts. Check with the host's administrator before trusting the new key.`,
        `${h}의 호스트 키가 known_hosts에 기록된 것과 다릅니다. 새 키를 신뢰하기 전에 호스트 관리자에게 확인하세요.`,
      ),
  },
  {
    pattern: /Host key verification failed|No \S+ host key is known/,
    message: (h) =>
      localized(
        `ssh does not know the host key of ${h} and cannot ask in batch mode. Connect once with \`ssh ${h}\` in a terminal to accept the key, or set ntpConfig.checkHost.strictHostKeyChecking (CLI: --strict-host-key-checking) to "accept-new".`,
        `ssh가 ${h}의 호스트 키를 모르며 배치 모드에서는 물어볼 수 없습니다. 터미널에서 \`ssh ${h}\`로 한 번 접속해 키를 받아들이거나 ntpConfig.checkHost.strictHostKeyChecking(CLI: --strict-host-key-checking)을 "accept-new"로 설정하세요.`,
      ),
  },
  {
    pattern: /Permission denied|Too many authentication failures/,
    message: (h) =>
      localized(
        `${h} refused the login. Check the user and the key (an ssh agent or an identity file): passwords cannot be typed in batch mode.`,
        `${h}${particle(h, '이')} 로그인을 거부했습니다. 사용자와 키(ssh 에이전트나 identity 파일)를 확인하세요. 배치 모드에서는 비밀번호를 입력할 수 없습니다.`,
      ),
  },
  {
    pattern: /Could not resolve hostname/,
    message: (h) => localized(`The name ${h} did not resolve on this machine.`, `이 컴퓨터에서 ${h} 이름을 주소로 바꾸지 못했습니다.`),
  },
  {
    pattern: /Connection refused/,
    message: (h) =>
      localized(
        `${h} refused the connection: no ssh server listens on that port.`,
        `${h}${particle(h, '이')} 연결을 거부했습니다. 그 포트에서 ssh 서버가 실행 중이지 않습니다.`,
      ),
  },
  {
    pattern: /timed out|Connection timed out/,
    message: (h) =>
      localized(
        `${h} did not answer in time. Is the host up, and is its ssh port open to you?`,
        `${h}${particle(h, '이')} 제때 응답하지 않았습니다. 호스트가 켜져 있고 ssh 포트가 열려 있는지 확인하세요.`,
      ),
  },
  {
    pattern: /No route to host|Network is unreachable/,
    message: (h) => localized(`There is no route from this machine to ${h}.`, `이 컴퓨터에서 ${h}${particle(h, '으로')} 가는 경로가 없습니다.`),
  },
];

export function lastLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  return lines[lines.length - 1] ?? '';
}

/** The ssh connection itself failed (not the remote command), or null. */
export function sshFailure(record: CommandRecord, host: string, commandTimeoutMs: number): HostVerdict | null {
  if (record.spawnError === 'ENOENT') {
    return verdict(
      'ssh-failed',
      'warning',
      localized(
        'The ssh program was not found on this machine. Install an OpenSSH client.',
        '이 컴퓨터에서 ssh 프로그램을 찾지 못했습니다. OpenSSH 클라이언트를 설치하세요.',
      ),
    );
  }
  if (record.spawnError !== null) {
    return verdict('ssh-failed', 'warning', localized(`ssh could not be started: ${record.spawnError}.`, `ssh를 시작하지 못했습니다: ${record.spawnError}.`));
  }
  if (record.timedOut) {
    return verdict(
      'ssh-failed',
      'warning',
      localized(
        `\`${record.command}\` on ${host} did not finish within ${commandTimeoutMs / 1000} s and was stopped.`,
        `${host}에서 \`${record.command}\`${particle(record.command, '이')} ${commandTimeoutMs / 1000}초 안에 끝나지 않아 중단했습니다.`,
      ),
    );
  }
  if (record.exitCode !== 255) return null;
  const known = SSH_FAILURES.find((f) => f.pattern.test(record.stderr));
  if (known) return verdict('ssh-failed', 'warning', known.message(host));
  const said = lastLine(record.stderr) || `exit status ${record.exitCode}`;
  return verdict('ssh-failed', 'warning', localized(`ssh to ${host} failed: ${said}`, `${host}에 ssh 접속 실패: ${said}`));
}

export function noDaemon(host: string): HostVerdict {
  return verdict(
    'no-daemon',
    'warning',
    localized(
      `Neither chronyc, ntpq nor w32tm was found on ${host}, so no NTP daemon could be asked. Is chrony or ntpd installed (and its client program on the PATH of a non-interactive ssh session)?`,
      `${host}에서 chronyc, ntpq, w32tm을 찾지 못해 NTP 데몬에 물어볼 수 없었습니다. chrony나 ntpd가 설치되어 있고, 그 클라이언트 프로그램이 비대화형 ssh 세션의 PATH에 있는지 확인하세요.`,
    ),
  );
}

export function daemonNotResponding(tool: string, host: string, said: string): HostVerdict {
  return verdict(
    'daemon-not-responding',
    'warning',
    localized(
      `${tool} on ${host} could not talk to its daemon (${said}). Is the daemon running? For chrony with a non-default command socket, set the host's chronySocket.`,
      `${host}의 ${tool}${particle(tool, '이')} 데몬과 통신하지 못했습니다(${said}). 데몬이 실행 중인지 확인하세요. chrony가 기본이 아닌 명령 소켓을 쓰면 호스트의 chronySocket을 설정하세요.`,
    ),
  );
}

export function unparsedOutput(command: string): HostVerdict {
  return verdict(
    'unparsed-output',
    'information',
    localized(
      `The output of \`${command}\` was not in a known format; it is in the output channel as it came.`,
      `\`${command}\`의 출력이 알려진 형식이 아닙니다. 받은 그대로 출력 채널에 있습니다.`,
    ),
  );
}

export function noSources(daemon: HostDaemon): HostVerdict {
  const name = DAEMON_NAMES[daemon];
  return verdict('no-sources', 'warning', localized(`${name} reports no time sources at all.`, `${name}에 시간 소스가 하나도 없습니다.`));
}

export function noSelectedSource(daemon: HostDaemon): HostVerdict {
  const name = DAEMON_NAMES[daemon];
  return verdict(
    'no-selected-source',
    'warning',
    localized(
      `${name} has not selected any source (no \`*\`): the clock is not being synchronized. Right after a start this is normal for a minute; otherwise check reachability and the verdicts below.`,
      `${name}${particle(name, '이')} 선택한 소스가 없습니다(\`*\` 없음). 시계가 동기화되지 않고 있습니다. 시작 직후 1분 정도는 정상이지만, 그 뒤에도 그렇다면 도달 여부와 아래 판정을 확인하세요.`,
    ),
  );
}

export function unreachableSource(source: DaemonSource, location?: ConfigLocation): HostVerdict {
  return verdict(
    'unreachable-source',
    'warning',
    localized(
      `${source.address}: reach 0, none of the last eight polls was answered. Is UDP 123 open between the host and this server, and does the server allow queries?`,
      `${source.address}: reach 0. 최근 8번의 폴링에 한 번도 응답이 없었습니다. 호스트와 이 서버 사이에 UDP 123이 열려 있고 서버가 질의를 허용하는지 확인하세요.`,
    ),
    location,
  );
}

export function falsetickerSource(source: DaemonSource, location?: ConfigLocation): HostVerdict {
  return verdict(
    'falseticker',
    'warning',
    localized(
      `${source.address} (\`${source.tally}\`): the daemon thinks this source's time is wrong (it disagrees with the others) and does not use it.`,
      `${source.address}(\`${source.tally}\`): 데몬은 이 소스의 시간이 틀렸다고(다른 소스들과 맞지 않는다고) 판단해 쓰지 않습니다.`,
    ),
    location,
  );
}

export function tooVariable(source: DaemonSource, location?: ConfigLocation): HostVerdict {
  return verdict(
    'too-variable',
    'information',
    localized(
      `${source.address} (\`~\`): its measurements vary too much to be used; a congested or asymmetric network path often causes this.`,
      `${source.address}(\`~\`): 측정값의 변동이 너무 커서 쓰이지 않습니다. 혼잡하거나 비대칭인 네트워크 경로가 흔한 원인입니다.`,
    ),
    location,
  );
}

export function leapNotNormal(leap: LeapStatus, text: string): HostVerdict {
  if (leap === 'unsynchronized') {
    return verdict(
      'leap-not-normal',
      'warning',
      localized(`Leap status "${text}": the daemon says the clock is not synchronized.`, `윤초 상태 "${text}": 데몬이 시계가 동기화되지 않았다고 알립니다.`),
    );
  }
  const what =
    leap === 'insert' ? localized('a leap second will be inserted', '윤초가 삽입될 예정') : localized('a leap second will be deleted', '윤초가 삭제될 예정');
  return verdict(
    'leap-not-normal',
    'information',
    localized(`Leap status "${text}": ${what.en} at the end of the month.`, `윤초 상태 "${text}": 이번 달 말에 ${what.ko}입니다.`),
  );
}

export function largeOffset(offsetMs: number, limitMs: number): HostVerdict {
  const shown = formatOffset(offsetMs, true);
  return verdict(
    'large-offset',
    'warning',
    localized(
      `The system clock is ${shown} off NTP time, more than ${limitMs} ms. The daemon may still be correcting a step, or it cannot steer the clock.`,
      `시스템 시계가 NTP 시간과 ${shown} 차이 나며 ${limitMs} ms를 넘습니다. 데몬이 아직 큰 차이를 보정하는 중이거나 시계를 조정하지 못하고 있을 수 있습니다.`,
    ),
  );
}

export function dialectMismatch(fileDialect: string, daemon: HostDaemon): HostVerdict {
  const name = DAEMON_NAMES[daemon];
  return verdict(
    'dialect-mismatch',
    'information',
    localized(
      `The open file is a ${fileDialect} configuration, but the host runs ${name}: it is probably not this host's active configuration.`,
      `열린 파일은 ${fileDialect} 설정인데 호스트는 ${name}${particle(name, '을')} 실행합니다. 이 호스트가 실제로 쓰는 설정이 아닐 가능성이 큽니다.`,
    ),
  );
}

export function notInDaemon(text: string, addresses: readonly string[], daemon: HostDaemon, location: ConfigLocation): HostVerdict {
  const name = DAEMON_NAMES[daemon];
  const resolved = addresses.length > 0 && !addresses.includes(text) ? ` (${addresses.join(', ')})` : '';
  return verdict(
    'not-in-daemon',
    'warning',
    localized(
      `${text}${resolved} is in this file, but ${name} on the host does not use it. The daemon may still run with an older configuration (restart it to apply the file), or it reads another file.`,
      `${text}${resolved}${particle(resolved, '은')} 이 파일에 있지만 호스트의 ${name}${particle(name, '은')} 이 소스를 쓰지 않습니다. 데몬이 이전 설정으로 실행 중이거나(파일을 적용하려면 재시작) 다른 파일을 읽고 있을 수 있습니다.`,
    ),
    location,
  );
}

export function notInConfig(source: DaemonSource, why: 'none' | 'pool' | 'include'): HostVerdict {
  const where =
    why === 'pool'
      ? localized(' It may be one of the addresses a pool line stands for.', ' pool 줄이 가리키는 주소 중 하나일 수 있습니다.')
      : why === 'include'
        ? localized(' It may come from a file this one includes.', ' 이 파일이 포함하는 다른 파일에서 왔을 수 있습니다.')
        : localized(
            ' The daemon may run with another configuration, or the file changed since it started.',
            ' 데몬이 다른 설정으로 실행 중이거나 시작된 뒤에 파일이 바뀌었을 수 있습니다.',
          );
  return verdict(
    'not-in-config',
    why === 'none' ? 'warning' : 'information',
    localized(
      `The daemon uses ${source.address}, which is not in this file.${where.en}`,
      `데몬은 이 파일에 없는 ${source.address}${particle(source.address, '을')} 씁니다.${where.ko}`,
    ),
  );
}

export function unmatchedName(text: string, error: string, location: ConfigLocation): HostVerdict {
  return verdict(
    'unmatched-name',
    'information',
    localized(
      `${text} did not resolve on this machine (${error}), so it cannot be matched with the addresses the daemon reports; the host may resolve it differently.`,
      `${text}${particle(text, '을')} 이 컴퓨터에서 주소로 바꾸지 못해(${error}) 데몬이 보고한 주소와 맞춰 볼 수 없습니다. 호스트에서는 다르게 풀릴 수 있습니다.`,
    ),
    location,
  );
}

export function poolUnverified(text: string, location: ConfigLocation): HostVerdict {
  return verdict(
    'pool-unverified',
    'information',
    localized(
      `pool ${text}: a pool's addresses change with every lookup, so which of the daemon's sources came from it cannot be told from here.`,
      `pool ${text}: 풀의 주소는 조회할 때마다 바뀌므로 데몬의 소스 중 어느 것이 이 풀에서 왔는지 여기서는 알 수 없습니다.`,
    ),
    location,
  );
}
