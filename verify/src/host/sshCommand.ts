import { localized, type Localized } from '../../../server/src/core/localized';
import type { RemoteCommandId, SshOptions, SshTarget } from './types';
import { particle } from '../../../server/src/core/koreanParticles';

// ssh joins the remote command into one string for the remote shell, so every word we send is a constant
// or passes these whitelists: no shell metacharacter, quote or space can get through.
const HOST = /^[A-Za-z0-9_.:%-]+$/;
const USER = /^[A-Za-z0-9_.][A-Za-z0-9_.\\-]*$/;
const SOCKET_PATH = /^\/[A-Za-z0-9_./+-]+$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const MAX_HOST_LENGTH = 255;
const MAX_PATH_LENGTH = 200;

type Validation = { readonly ok: true } | { readonly ok: false; readonly error: Localized };

const OK: Validation = { ok: true };

function invalid(en: string, ko: string): Validation {
  return { ok: false, error: localized(en, ko) };
}

/** Splits `user@host`; the host part is what ssh connects to. */
function splitUserHost(text: string): { user?: string; host: string } {
  const at = text.lastIndexOf('@');
  return at < 0 ? { host: text } : { user: text.slice(0, at), host: text.slice(at + 1) };
}

/** A host that cannot be read as an ssh option or smuggle a command: no leading '-', no spaces or controls. */
export function validateHost(text: string): Validation {
  if (text.length === 0) return invalid('The host is empty.', '호스트가 비어 있습니다.');
  if (text.startsWith('-')) {
    return invalid(
      `\`${text}\` starts with '-', so ssh would read it as an option; it is not a host name.`,
      `\`${text}\`${particle(text, '은')} '-'로 시작해 ssh가 옵션으로 읽게 되므로 호스트 이름이 아닙니다.`,
    );
  }
  if (CONTROL.test(text) || /\s/.test(text)) {
    return invalid('The host contains spaces or control characters.', '호스트에 공백이나 제어 문자가 들어 있습니다.');
  }
  const { user, host } = splitUserHost(text);
  if (user !== undefined) {
    const userCheck = validateUser(user);
    if (!userCheck.ok) return userCheck;
  }
  if (host.length === 0 || host.length > MAX_HOST_LENGTH || !HOST.test(host) || host.startsWith('-')) {
    return invalid(
      `\`${text}\` is not a host name, an address or an ssh alias (letters, digits, '.', '-', '_', ':' and '%' only).`,
      `\`${text}\`${particle(text, '은')} 호스트 이름, 주소, ssh 별칭이 아닙니다(영문자, 숫자, '.', '-', '_', ':', '%'만 쓸 수 있음).`,
    );
  }
  return OK;
}

function validateUser(user: string): Validation {
  if (user.length > 0 && user.length <= 64 && USER.test(user)) return OK;
  return invalid(`\`${user}\` is not a user name ssh can take.`, `\`${user}\`${particle(user, '은')} ssh에 넘길 수 있는 사용자 이름이 아닙니다.`);
}

function validatePort(port: number): Validation {
  if (Number.isInteger(port) && port >= 1 && port <= 65535) return OK;
  return invalid(`${port} is not a TCP port (1–65535).`, `${port}${particle(port, '은')} TCP 포트(1–65535)가 아닙니다.`);
}

/** A local file passed as its own argument (never through a shell); only controls and a leading '-' are refused. */
export function validateLocalPath(path: string): Validation {
  if (path.length > 0 && !CONTROL.test(path) && !path.startsWith('-')) return OK;
  return invalid(`\`${path}\` is not a usable file path.`, `\`${path}\`${particle(path, '은')} 쓸 수 있는 파일 경로가 아닙니다.`);
}

/** chronyc's `-h` socket path goes to the remote shell, so it gets the strictest check. */
export function validateChronySocket(path: string): Validation {
  if (path.length <= MAX_PATH_LENGTH && SOCKET_PATH.test(path) && !path.split('/').includes('..')) return OK;
  return invalid(
    `\`${path}\` is not accepted as chronyc's socket: give an absolute path of letters, digits and . _ - + / only.`,
    `\`${path}\`${particle(path, '은')} chronyc 소켓 경로로 받을 수 없습니다. 영문자, 숫자와 . _ - + / 만으로 된 절대 경로를 쓰세요.`,
  );
}

export function validateSshTarget(target: SshTarget): Validation {
  const checks = [
    validateHost(target.host),
    target.port === undefined ? OK : validatePort(target.port),
    target.user === undefined ? OK : validateUser(target.user),
    target.identityFile === undefined ? OK : validateLocalPath(target.identityFile),
  ];
  return checks.find((c) => !c.ok) ?? OK;
}

/** `ssh -o BatchMode=yes … HOST -- COMMAND`: an argument array for execFile/spawn, never a shell line. */
export function sshArguments(target: SshTarget, options: SshOptions, remoteCommand: string): string[] {
  const args = ['-n', '-o', 'BatchMode=yes', '-o', `ConnectTimeout=${Math.max(1, Math.round(options.connectTimeoutSeconds))}`];
  if (options.configFile !== undefined) args.push('-F', options.configFile);
  if (options.strictHostKeyChecking !== undefined) args.push('-o', `StrictHostKeyChecking=${options.strictHostKeyChecking}`);
  if (options.knownHostsFile !== undefined) args.push('-o', `UserKnownHostsFile=${options.knownHostsFile}`);
  if (target.port !== undefined) args.push('-p', String(target.port));
  if (target.user !== undefined) args.push('-l', target.user);
  if (target.identityFile !== undefined) args.push('-i', target.identityFile, '-o', 'IdentitiesOnly=yes');
  args.push(target.host, '--', remoteCommand);
  return args;
}

/** Printed by the detection script when a POSIX shell ran it (Windows' cmd.exe and PowerShell do not). */
export const POSIX_MARKER = 'ntpconf:posix';
export const DETECTED_TOOLS = ['chronyc', 'ntpq', 'timedatectl'] as const;

// `sh -c '…'` works from sh, bash, zsh, csh and fish login shells alike; `env LC_ALL=C` keeps the output parseable.
const DETECT_SCRIPT = `sh -c 'for c in ${DETECTED_TOOLS.join(' ')}; do command -v "$c"; done; echo ${POSIX_MARKER}'`;

/** The fixed, read-only commands; the only variable part is a socket path that passed `validateChronySocket`. */
export function remoteCommand(id: RemoteCommandId, chronySocket?: string): string {
  const chronyc = chronySocket === undefined ? 'env LC_ALL=C chronyc -n' : `env LC_ALL=C chronyc -n -h ${chronySocket}`;
  switch (id) {
    case 'detect':
      return DETECT_SCRIPT;
    case 'chrony-sources':
      return `${chronyc} sources -v`;
    case 'chrony-tracking':
      return `${chronyc} tracking`;
    case 'ntpq-peers':
      return 'env LC_ALL=C ntpq -pn';
    case 'ntpq-rv':
      return 'env LC_ALL=C ntpq -c rv';
    case 'w32tm-status':
      return 'w32tm /query /status';
    case 'w32tm-peers':
      return 'w32tm /query /peers';
    case 'timedatectl':
      return 'env LC_ALL=C timedatectl';
  }
}

/** `user@host:port` as people write it, for titles and logs. */
export function describeTarget(target: SshTarget): string {
  const user = target.user !== undefined && !target.host.includes('@') ? `${target.user}@` : '';
  const host = target.host.includes(':') && !target.host.startsWith('[') ? `[${target.host}]` : target.host;
  return target.port === undefined ? `${user}${target.host}` : `${user}${host}:${target.port}`;
}
