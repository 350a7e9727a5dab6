import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiskAccess } from '../../server/src/lsp/localFiles';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { validateText } from '../../server/src/engine/validate';

describe('DiskAccess: what the server may read, judged on real paths', () => {
  let root: string;
  let workspace: string;
  let outside: string;

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'ntpconf-access-'));
    workspace = path.join(root, 'repo');
    outside = path.join(root, 'elsewhere');
    mkdirSync(path.join(workspace, 'etc', 'chrony'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'chrony.keys'), '1 SHA1 HEX:00\n');
    symlinkSync(path.join(outside, 'chrony.keys'), path.join(workspace, 'chrony.keys'));
    symlinkSync(outside, path.join(workspace, 'etc', 'chrony', 'conf.d'));
    symlinkSync('/proc/self', path.join(workspace, 'self'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('never reads kernel or device files, whatever the path says', () => {
    const access = new DiskAccess([workspace], true);
    assert.equal(access.readFile(pathToFileURL(path.join(workspace, 'self', 'pagemap')).href), undefined);
    assert.equal(access.allowsLink(pathToFileURL(path.join(workspace, 'self', 'status')).href), false);
    assert.equal(access.allowsLink('file:///dev/zero'), false);
    assert.notEqual(access.listDirectory('/dev'), undefined, 'listing /dev for completion (refclock /dev/pps0) is harmless');
  });

  it('untrusted: only the workspace, after symlinks; trusted: the rest of the disk too', () => {
    const access = new DiskAccess([workspace], false);
    const keys = pathToFileURL(path.join(workspace, 'chrony.keys')).href;
    assert.equal(access.readFile(keys), undefined);
    assert.equal(access.listDirectory(outside), undefined);
    assert.equal(access.listDirectory(path.join(workspace, 'etc', 'chrony', 'conf.d')), undefined);
    assert.equal(access.allowsLink(keys), false);
    assert.equal(access.allowsLink(pathToFileURL(path.join(workspace, 'not-yet-created.keys')).href), true);
    access.setTrusted(true);
    assert.equal(access.readFile(keys), '1 SHA1 HEX:00\n');
    assert.deepEqual(access.listDirectory(outside), [{ name: 'chrony.keys', isDirectory: false }]);
  });

  it('an include whose real path leaves the workspace is not called missing (we may not look), a missing one inside is', () => {
    const access = new DiskAccess([workspace], false);
    const conf = path.join(workspace, 'etc', 'chrony', 'chrony.conf');
    const text = 'include /etc/chrony/conf.d/absent.conf\ninclude /etc/chrony/missing.conf\n';
    const findings = validateText(text, 'chrony', DEFAULT_SETTINGS, { files: access.fileEnvironment(pathToFileURL(conf).href) }).findings;
    assert.deepEqual(
      findings.filter((f) => f.code === 'missing-include').map((f) => f.range.start.line),
      [1],
    );
  });
});
