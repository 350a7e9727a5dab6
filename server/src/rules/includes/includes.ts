import type { FileEnvironment } from '../../core/fileEnvironment';
import * as path from 'node:path';
import type { Dialect } from '../../core/dialect';
import { localized } from '../../core/localized';
import { directiveName } from '../../formats/ntpconf/parser/parseConfig';
import type { ParsedConfig } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { directivesNamed, includeDirectives } from '../../formats/ntpconf/model/directiveIndex';
import { findingFor, tokenRange, type CodeMeta, type Finding, type SeverityName } from '../../core/finding';
import { particle } from '../../core/koreanParticles';

const MISSING_INCLUDE: CodeMeta = {
  code: 'missing-include',
  severity: 'error',
  severities: ['error', 'warning', 'information'],
  dialects: ['chrony', 'ntpd', 'ntpsec', 'xntpd'],
  fixable: false,
  description: localized('An included file or directory is not where the configuration says.', '포함한 파일이나 디렉터리가 설정에 적힌 곳에 없습니다.'),
  docs: {
    severity: 'error (chrony `include`), warning (ntpd `includefile`), information (chrony `confdir`/`sourcedir`)',
    dialects: 'checked only for paths inside the workspace',
  },
};

const NOT_ALLOWED_IN_SOURCES_FILE: CodeMeta = {
  code: 'not-allowed-in-sources-file',
  severity: 'error',
  dialects: ['chrony'],
  fixable: false,
  description: localized(
    'A `*.sources` file holds a directive other than `server`, `pool` or `peer`.',
    '`*.sources` 파일에 `server`, `pool`, `peer`가 아닌 지시어가 있습니다.',
  ),
  docs: { dialects: '`*.sources` files read through `sourcedir`' },
};

/** A fragment alone: its lines are checked, the whole-configuration rules wait for its main file. */
export const CONFIGURATION_FRAGMENT: CodeMeta = {
  code: 'configuration-fragment',
  severity: 'information',
  dialects: ['chrony', 'ntpd', 'ntpsec', 'xntpd'],
  fixable: false,
  description: localized(
    'A file another configuration includes: only its lines are checked here, the whole-configuration checks run on its main file.',
    '다른 설정이 포함하는 파일입니다. 여기서는 줄만 검사하고, 설정 전체에 대한 검사는 주 설정 파일에서 합니다.',
  ),
  docs: { dialects: '`conf.d/*.conf`, `sources.d/*.sources`, `ntp.d/` files and `includefile` targets' },
};

/** What the include check reports, as data like a rule's `meta`. */
export const INCLUDE_METAS: readonly CodeMeta[] = [MISSING_INCLUDE, NOT_ALLOWED_IN_SOURCES_FILE, CONFIGURATION_FRAGMENT];

const GLOB = /[*?[]/;
const SOURCE_DIRECTIVES = new Set(['server', 'pool', 'peer']);

function isInside(candidate: string, roots: readonly string[]): boolean {
  return roots.some((root) => {
    const relative = path.relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  });
}

/**
 * Where an include points in the workspace. A copy of a host's /etc (repo/etc/chrony/chrony.conf) maps
 * `/etc/chrony/conf.d/x.conf` to repo/etc/chrony/conf.d/x.conf; relative paths resolve next to the document.
 */
export function resolveInclude(target: string, documentPath: string): string {
  if (!path.isAbsolute(target)) return path.resolve(path.dirname(documentPath), target);
  const etc = documentPath.lastIndexOf(`${path.sep}etc${path.sep}`);
  if (target.startsWith('/etc/') && etc >= 0) return path.join(documentPath.slice(0, etc), target);
  return target;
}

function missing(token: Token, severity: SeverityName, en: string, ko: string): Finding {
  return findingFor(MISSING_INCLUDE, tokenRange(token), localized(en, ko), { severity });
}

/**
 * Files a package installs and its own ntp.conf includes, which never hold directives a whole-configuration rule
 * looks for: a copy of the host that lacks them lacks nothing the daemon would miss.
 */
export const KNOWN_INCLUDES: ReadonlyMap<string, string> = new Map([['/etc/ntp/crypto/pw', 'the crypto password (`crypto pw`) of the RHEL ntp package']]);

// /run is a tmpfs the DHCP hooks fill at boot (Debian's `sourcedir /run/chrony-dhcp`): no copy of a host ever holds it.
const RUNTIME_DIRECTORY = /^\/(?:var\/)?run\//;

function checkTarget(name: string, token: Token, dialect: Dialect, env: FileEnvironment): Finding | undefined {
  if (RUNTIME_DIRECTORY.test(token.text) || (name === 'includefile' && KNOWN_INCLUDES.has(token.text))) return undefined;
  const resolved = env.root !== undefined && path.isAbsolute(token.text) ? path.join(env.root, token.text) : resolveInclude(token.text, env.documentPath);
  if (!isInside(resolved, env.workspaceRoots)) return undefined;
  if (name === 'confdir' || name === 'sourcedir') {
    if (env.exists(resolved)) return undefined;
    return missing(
      token,
      'information',
      `Directory \`${token.text}\` does not exist in the workspace (${resolved}); chronyd reads nothing from it.`,
      `디렉터리 \`${token.text}\`${particle(token.text, '이')} 작업 영역에 없습니다(${resolved}). chronyd는 여기서 아무것도 읽지 않습니다.`,
    );
  }
  const isGlob = GLOB.test(token.text);
  const mustExist = isGlob ? path.dirname(resolved) : resolved;
  if (env.exists(mustExist)) return undefined;
  if (dialect === 'chrony') {
    const what = isGlob ? `the directory of \`${token.text}\`` : `\`${token.text}\``;
    const whatKo = isGlob ? `\`${token.text}\`의 디렉터리` : `\`${token.text}\``;
    return missing(
      token,
      'error',
      `Cannot find ${what} (${mustExist}): chronyd refuses to start when an include cannot be opened.`,
      `${whatKo}${particle(whatKo, '을')} 찾을 수 없습니다(${mustExist}). include를 열 수 없으면 chronyd가 시작하지 않습니다.`,
    );
  }
  return missing(
    token,
    'warning',
    `Cannot find \`${token.text}\` (${resolved}): ntpd logs an error and runs without its settings.`,
    `\`${token.text}\`${particle(token.text, '을')} 찾을 수 없습니다(${resolved}). ntpd는 오류를 기록하고 그 설정 없이 실행합니다.`,
  );
}

/** Included files and directories that are not where the config says, for paths inside the workspace. */
export function checkIncludes(config: ParsedConfig, env: FileEnvironment): Finding[] {
  const findings: Finding[] = [];
  for (const name of includeDirectives(config.dialect)) {
    for (const line of directivesNamed(config, name)) {
      // include and includefile read one path; confdir and sourcedir take several directories.
      const targets = name === 'include' || name === 'includefile' ? line.tokens.slice(1, 2) : line.tokens.slice(1);
      for (const token of targets) {
        const finding = checkTarget(name, token, config.dialect, env);
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

/** chronyd reads only server, pool and peer lines from a sourcedir's *.sources files. */
export function checkSourcesFile(config: ParsedConfig): Finding[] {
  const findings: Finding[] = [];
  for (const line of config.directives) {
    const name = directiveName(line, config.dialect);
    if (SOURCE_DIRECTIVES.has(name)) continue;
    const keyword = line.tokens[0] as Token;
    findings.push(
      findingFor(
        NOT_ALLOWED_IN_SOURCES_FILE,
        tokenRange(keyword),
        localized(
          `A *.sources file may only hold server, pool and peer lines; chronyd rejects \`${keyword.text}\` here. Move it to chrony.conf or a confdir *.conf file.`,
          `*.sources 파일에는 server, pool, peer 줄만 쓸 수 있습니다. chronyd는 여기의 \`${keyword.text}\`${particle(keyword.text, '을')} 거부합니다. chrony.conf나 confdir의 *.conf 파일로 옮기세요.`,
        ),
      ),
    );
  }
  return findings;
}
