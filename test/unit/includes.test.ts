import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { resolveInclude } from '../../server/src/rules/includes/includes';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { validateText } from '../../server/src/engine/validate';

const CODES = ['missing-include', 'not-allowed-in-sources-file'];

function workspace(): { root: string; conf: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'ntpconf-ws-'));
  mkdirSync(path.join(root, 'etc', 'chrony', 'conf.d'), { recursive: true });
  writeFileSync(path.join(root, 'etc', 'chrony', 'conf.d', 'lan.conf'), 'allow 10.0.0.0/8\n');
  return { root, conf: path.join(root, 'etc', 'chrony', 'chrony.conf') };
}

function found(text: string, dialect: 'chrony' | 'ntpd', documentPath: string, roots: string[]): [number, string, number][] {
  const files = { documentPath, workspaceRoots: roots, exists: existsSync };
  return validateText(text, dialect, DEFAULT_SETTINGS, { files })
    .findings.filter((f) => CODES.includes(f.code))
    .map((f) => [f.range.start.line, f.code, f.severity]);
}

describe('includes', () => {
  it('maps /etc paths into a copy of /etc in the workspace', () => {
    assert.equal(resolveInclude('/etc/chrony/conf.d/a.conf', '/repo/host1/etc/chrony/chrony.conf'), path.join('/repo/host1', '/etc/chrony/conf.d/a.conf'));
    assert.equal(resolveInclude('lan.conf', '/repo/etc/chrony/chrony.conf'), '/repo/etc/chrony/lan.conf');
  });

  it('reports a missing include file or glob directory as chronyd would, and accepts existing ones', () => {
    const { root, conf } = workspace();
    const text =
      'include /etc/chrony/conf.d/lan.conf\ninclude /etc/chrony/conf.d/*.conf\ninclude /etc/chrony/missing.conf\ninclude /etc/chrony/nodir/*.conf\nconfdir /etc/chrony/absent\n';
    assert.deepEqual(found(text, 'chrony', conf, [root]), [
      [2, 'missing-include', 1],
      [3, 'missing-include', 1],
      [4, 'missing-include', 3],
    ]);
  });

  it('never looks outside the workspace', () => {
    const { conf } = workspace();
    assert.deepEqual(found('include /etc/chrony/missing.conf\ninclude /var/x.conf\n', 'chrony', conf, ['/nonexistent-root']), []);
  });

  it('warns about a missing ntpd includefile', () => {
    const { root } = workspace();
    assert.deepEqual(found('includefile /etc/ntp/crypto.conf\n', 'ntpd', path.join(root, 'etc', 'ntp.conf'), [root]), [[0, 'missing-include', 2]]);
  });

  it('allows only server, pool and peer in *.sources files', () => {
    const { root } = workspace();
    const sources = path.join(root, 'etc', 'chrony', 'sources.d', 'dhcp.sources');
    assert.deepEqual(found('server 10.0.0.1 iburst\nmakestep 1 3\n', 'chrony', sources, [root]), [[1, 'not-allowed-in-sources-file', 1]]);
  });
});
