import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { detectDocumentKind } from '../../server/src/formats/detectDocumentKind';
import { fixedText, scriptCodes } from '../support/scripts';

/**
 * The Windows scripts and registry settings of the seed guides (../shared/seeds 000-002) and their HP-UX/AIX
 * start-up files, with what an expert reports on each (expected.json next to them), like test/fixtures/seeds.
 */
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

type Expected = Readonly<Record<string, readonly [number, string][]>>;

function read(dir: string, file: string): string {
  return readFileSync(path.join(FIXTURES, dir, file), 'utf8');
}

function sorted(pairs: readonly (readonly [number, string])[]): [number, string][] {
  return pairs.map(([line, code]): [number, string] => [line, code]).sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
}

describe("the seed guides' Windows scripts and registry settings (test/fixtures/w32time)", () => {
  const expected = JSON.parse(read('w32time', 'expected.json')) as Expected;
  const files = readdirSync(path.join(FIXTURES, 'w32time'))
    .filter((f) => f !== 'expected.json')
    .sort();

  it('expected.json covers exactly the fixture files', () => {
    assert.deepEqual(Object.keys(expected).sort(), files);
  });

  for (const file of files) {
    it(`${file}: detected as a W32Time script, reports what an expert would`, () => {
      const text = read('w32time', file);
      const { kind } = detectDocumentKind({ text, path: `C:\\scripts\\${file}` });
      assert.equal(kind, 'w32time');
      assert.deepEqual(scriptCodes(text, kind), sorted(expected[file] ?? []));
    });
  }

  it('catches the three mistakes the guides print: net stop w32tm, a glued /update, the WNTpClient key', () => {
    const codesOf = (file: string) => scriptCodes(read('w32time', file), 'w32time').map(([, code]) => code);
    assert.ok(codesOf('seed000-ntp-server.cmd').includes('w32time-service-name'));
    assert.ok(codesOf('seed000-summary.cmd').includes('w32tm-glued-switch'));
    assert.ok(codesOf('seed001-reference.cmd').includes('w32time-registry-path'));
  });

  it("fix-all turns the guide's combined script into working commands (seed001-reference.fixed.cmd)", () => {
    assert.equal(fixedText(read('w32time', 'seed001-reference.cmd'), 'w32time'), read('w32time', 'seed001-reference.fixed.cmd'));
  });

  it('fix-all repairs the printed summary and restart commands exactly', () => {
    assert.equal(
      fixedText(read('w32time', 'seed000-summary.cmd'), 'w32time').split('\n')[2],
      'w32tm /config /syncfromflags:manual /manualpeerlist:10.10.10.1,0x8 /update',
    );
    assert.deepEqual(fixedText(read('w32time', 'seed000-slave.cmd'), 'w32time').split('\n').slice(4, 6), ['net stop w32time', 'net start w32time']);
  });
});

describe("the seed guides' HP-UX and AIX start-up files (test/fixtures/startup)", () => {
  const expected = JSON.parse(read('startup', 'expected.json')) as Expected;
  const kinds: Readonly<Record<string, string>> = { 'hpux/netdaemons': 'hpux-netdaemons', 'aix/rc.tcpip': 'aix-rc-tcpip' };

  for (const file of Object.keys(kinds)) {
    it(`${file}: detected by its name, reports what an expert would`, () => {
      const text = read('startup', file);
      const { kind } = detectDocumentKind({ text, path: `/etc/${file.replace('hpux/', 'rc.config.d/').replace('aix/', '')}` });
      assert.equal(kind, kinds[file]);
      assert.deepEqual(scriptCodes(text, kind), sorted(expected[file] ?? []));
    });
  }

  it('uncommenting the AIX xntpd line is the fix', () => {
    assert.equal(fixedText(read('startup', 'aix/rc.tcpip'), 'aix-rc-tcpip').split('\n')[5], 'start /usr/sbin/xntpd "$src_running"');
  });
});
