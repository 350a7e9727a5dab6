import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/src/core/settings';
import { validateText } from '../../server/src/engine/validate';
import { convertToChrony } from '../../server/src/features/convert/convert';
import { convertKeysFile } from '../../server/src/features/convert/keys';
import { parseConfig } from '../../server/src/formats/ntpconf/parser/parseConfig';
import { sourceLines } from '../../server/src/formats/ntpconf/model/sourceLines';
import { convertInput, corpusInputs, goldenInputs, goldenPath, KEYS_CASE, scrambledInputs } from '../support/convertInputs';

const UPDATE = process.env['UPDATE_CONVERT_GOLDEN'] === '1';
const convert = (text: string, dialect: 'ntpd' | 'ntpsec' | 'xntpd' = 'ntpd') => convertToChrony(text, dialect, { chronyVersion: '4.3' });
const chronyLines = (text: string) => text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));

describe('convert: golden conversions', () => {
  for (const input of goldenInputs()) {
    it(input.name, () => {
      const result = convertInput(input);
      const golden = goldenPath(input);
      if (UPDATE || !existsSync(golden)) writeFileSync(golden, result.chronyConf);
      assert.equal(result.chronyConf, readFileSync(golden, 'utf8'));
    });
  }
});

describe('convert: every output passes our own linter with no error', () => {
  const inputs = corpusInputs();
  it(`covers the repository's ntp-family configurations (${inputs.length})`, () => assert.ok(inputs.length > 100));
  for (const input of inputs) {
    it(input.name, () => {
      const { chronyConf } = convertInput(input);
      const errors = validateText(chronyConf, 'chrony', DEFAULT_SETTINGS).findings.filter((f) => f.severity === 1);
      assert.deepEqual(
        errors.map((f) => `${f.range.start.line + 1}: ${f.code} ${f.message.en}`),
        [],
        chronyConf,
      );
    });
  }
});

describe('convert: scrambled ntp.conf words still give a file our linter finds no error in', () => {
  it('400 seeded inputs', () => {
    for (const input of scrambledInputs(400, 7)) {
      const { chronyConf } = convertInput(input);
      const errors = validateText(chronyConf, 'chrony', DEFAULT_SETTINGS).findings.filter((f) => f.severity === 1);
      assert.deepEqual(
        errors.map((f) => f.code),
        [],
        `${input.text}\n→\n${chronyConf}`,
      );
    }
  });
});

describe('convert: for a newer chrony target, the output passes our linter for that version', () => {
  for (const version of ['4.0', '4.6', '4.8']) {
    it(`chrony ${version}`, () => {
      const settings = normalizeSettings({ chronyVersion: version });
      for (const input of goldenInputs()) {
        const { chronyConf } = convertInput(input, version);
        const errors = validateText(chronyConf, 'chrony', settings).findings.filter((f) => f.severity === 1);
        assert.deepEqual(
          errors.map((f) => f.code),
          [],
          `${input.name}\n${chronyConf}`,
        );
      }
    });
  }
});

describe('convert: every source survives with its options', () => {
  const carried = ['iburst', 'burst', 'prefer', 'noselect', 'minpoll', 'maxpoll', 'version', 'xleave', 'nts'];
  for (const input of corpusInputs()) {
    it(input.name, () => {
      const output = chronyLines(convertInput(input).chronyConf);
      for (const source of sourceLines(parseConfig(input.text, input.dialect))) {
        // 127.127.x.y is a reference clock's pseudo-address; one that is no valid clock (a template's 127.127.XType.0) is a note, not a source.
        if (source.isRefclock || source.address === undefined || source.address.text.startsWith('127.127.')) continue;
        const line = output.find((l) => l.split(' ')[0] === source.kind && l.split(' ')[1] === source.address?.text);
        assert.ok(line !== undefined, `${source.kind} ${source.address.text} is missing`);
        const words = line.split(' ');
        for (const [index, option] of source.options.entries()) {
          if (!carried.includes(option)) continue;
          assert.ok(words.includes(option), `${line}: lost ${option}`);
          const value = source.options[index + 1];
          if (!['minpoll', 'maxpoll', 'version'].includes(option) || value === undefined || source.options.lastIndexOf(option) !== index) continue;
          // A maxpoll below minpoll is raised to it, as the daemons do.
          const minpollAt = source.options.lastIndexOf('minpoll');
          const minpoll = minpollAt < 0 ? -Infinity : Number(source.options[minpollAt + 1]);
          const expected = option === 'maxpoll' ? String(Math.max(Number(value), minpoll)) : value;
          assert.equal(words[words.indexOf(option) + 1], expected, `${line}: ${option}`);
        }
        if (source.options.includes('true')) assert.ok(words.includes('trust'), `${line}: lost true → trust`);
      }
    });
  }
});

describe('convert: mappings', () => {
  it('keeps a trailing comment on its own line above the converted line', () => {
    assert.deepEqual(convert('server 10.0.0.1 prefer # our GPS box\n').chronyConf.split('\n').slice(1, 3), ['# our GPS box', 'server 10.0.0.1 iburst prefer']);
  });

  it('a PPS clock locks to the one gpsd clock that numbered its pulses in ntpd (as it does to an NMEA clock)', () => {
    const result = convert('server 127.127.22.0 minpoll 4\nfudge 127.127.22.0 flag3 1\nserver 127.127.28.0 prefer\nfudge 127.127.28.0 time1 0.130\n');
    assert.deepEqual(
      chronyLines(result.chronyConf).filter((l) => l.startsWith('refclock')),
      ['refclock PPS /dev/pps0 lock GPS poll 4', 'refclock SHM 0 offset 0.130 refid GPS prefer'],
    );
    // Two gpsd clocks (time and PPS segments): which one numbers the pulses is not known, so no lock is guessed.
    const two = convert('server 127.127.22.0\nserver 127.127.28.0\nserver 127.127.28.1\n');
    assert.ok(!chronyLines(two.chronyConf).some((l) => / lock /.test(l)), two.chronyConf);
  });

  it("a template's unfilled 127.127.XType.0 is not turned into a server: a note says to fill in the clock type", () => {
    const result = convert('server 127.127.XType.0\nfudge 127.127.XType.0 stratum 0\nserver 192.0.2.1\n', 'xntpd');
    assert.ok(!chronyLines(result.chronyConf).some((l) => l.includes('XType')), result.chronyConf);
    assert.deepEqual(
      result.notes.filter((n) => n.code === 'not-converted' && /XType/.test(n.message.en)).map((n) => n.range.start.line),
      [0],
    );
  });

  it('merges a duplicate source and says so on the duplicate', () => {
    const result = convert('server a.example minpoll 4\nserver a.example prefer\n');
    assert.deepEqual(chronyLines(result.chronyConf).slice(0, 1), ['server a.example iburst minpoll 4 prefer']);
    assert.deepEqual(
      result.notes.filter((n) => n.code === 'merged-duplicate').map((n) => n.range.start.line),
      [1],
    );
  });

  it('serves everyone when ntpd did (restrict default without ignore), with a warning on that line', () => {
    const result = convert('restrict default nomodify notrap\nserver a.example iburst\n');
    assert.ok(chronyLines(result.chronyConf).includes('allow'));
    assert.deepEqual(
      result.notes.filter((n) => n.code === 'open-access').map((n) => [n.range.start.line, n.severity]),
      [[0, 2]],
    );
  });

  it('serves nobody when the default ignores, and keeps the exceptions as allow/deny with prefixes', () => {
    const lines = chronyLines(
      convert('restrict default ignore\nrestrict 192.168.1.0 mask 255.255.255.0 nomodify noquery\nrestrict 192.168.1.9 noserve noquery\n').chronyConf,
    );
    assert.deepEqual(lines.slice(0, 2), ['allow 192.168.1.0/24', 'deny 192.168.1.9']);
  });

  it('opens the command port to a subnet ntpd answered ntpq from, and only there', () => {
    const result = convert('restrict default noquery ignore\nrestrict 192.168.1.0 mask 255.255.255.0 nomodify\nrestrict 10.0.0.0 mask 255.0.0.0 nomodify\n');
    assert.deepEqual(chronyLines(result.chronyConf).slice(0, 6), [
      'allow 192.168.1.0/24',
      'cmdallow 192.168.1.0/24',
      'bindcmdaddress 0.0.0.0',
      'allow 10.0.0.0/8',
      'cmdallow 10.0.0.0/8',
      'makestep 1.0 3',
    ]);
    assert.deepEqual(
      result.notes.filter((n) => n.code === 'command-port').map((n) => n.range.start.line),
      [1, 2],
    );
  });

  it('turns the local clock into `local stratum` one above its fudge, with orphan from tos', () => {
    const lines = chronyLines(convert('server 127.127.1.0\nfudge 127.127.1.0 stratum 10\ntos orphan 10\n').chronyConf);
    assert.equal(lines[0], 'local stratum 11 orphan');
  });

  it('uses leapseclist only when the target chrony has it', () => {
    const text = 'leapfile /etc/ntp.leap\n';
    assert.ok(chronyLines(convertToChrony(text, 'ntpd', { chronyVersion: '4.3' }).chronyConf).includes('leapsectz right/UTC'));
    assert.ok(chronyLines(convertToChrony(text, 'ntpd', { chronyVersion: '4.6' }).chronyConf).includes('leapseclist /etc/ntp.leap'));
  });

  it('adds makestep, rtcsync and driftfile with a note each, and no makestep when ntpd never stepped', () => {
    const result = convert('server a.example iburst\n');
    assert.deepEqual(result.notes.filter((n) => n.code === 'added-default').length, 3);
    assert.ok(!chronyLines(convert('server a.example iburst\ntinker step 0\n').chronyConf).some((l) => l.startsWith('makestep')));
  });

  it('drops the dialect modeline, which would make the result read as ntp.conf', () => {
    assert.ok(!convert('# ntpconf: dialect=xntpd\nserver a.example\n', 'xntpd').chronyConf.includes('dialect='));
  });

  it('explains what it cannot convert and keeps the line as a comment', () => {
    const result = convert('broadcast 192.168.1.255\n');
    assert.ok(result.chronyConf.includes('#  broadcast 192.168.1.255'));
    assert.equal(result.notes.find((n) => n.range.start.line === 0 && n.code === 'not-converted')?.message.ko.length !== undefined, true);
  });

  it('every note speaks English and Korean', () => {
    for (const input of goldenInputs()) for (const note of convertInput(input).notes) assert.ok(/[가-힣]/.test(note.message.ko), note.message.en);
  });
});

describe('convert: included files', () => {
  const files: Record<string, string> = {
    '/etc/ntp/servers.conf': 'server a.example iburst\nserver b.example prefer\n',
    '/etc/ntp/loop.conf': 'includefile /etc/ntp/loop.conf\n',
  };
  const read = (file: string) => files[file];

  it('converts included lines in place and merges their sources with the input', () => {
    const result = convertToChrony('server b.example\nincludefile /etc/ntp/servers.conf\nincludefile /etc/ntp/missing.conf\n', 'ntpd', {
      chronyVersion: '4.3',
      readInclude: read,
    });
    assert.deepEqual(chronyLines(result.chronyConf).slice(0, 2), ['server b.example iburst prefer', 'server a.example iburst']);
    const merged = result.notes.find((n) => n.code === 'merged-duplicate');
    assert.deepEqual(merged?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 33 } });
    assert.match(merged?.message.en ?? '', /^\/etc\/ntp\/servers\.conf line 2: The same server as on line 1/);
    assert.deepEqual(
      result.notes.filter((n) => n.code === 'include-not-followed').map((n) => n.range.start.line),
      [2],
    );
  });

  it('stops at a file that includes itself', () => {
    const result = convertToChrony('includefile /etc/ntp/loop.conf\n', 'ntpd', { chronyVersion: '4.3', readInclude: read });
    assert.equal(result.notes.filter((n) => n.code === 'include-not-followed').length, 1);
  });
});

describe('convert: keys file', () => {
  it('writes chrony key types and HEX/ASCII values, and comments out untrusted keys', () => {
    const { text, untrusted, unsupported } = convertKeysFile(
      '1 M abc\n2 SHA1 0123456789abcdef0123456789abcdef01234567\n3 MD5 other\n4 N 0011\n',
      new Set([1, 2]),
    );
    assert.deepEqual(text.split('\n').slice(1, 5), [
      '1 MD5 ASCII:abc',
      '2 SHA1 HEX:0123456789abcdef0123456789abcdef01234567',
      '#3 MD5 ASCII:other  (not a trustedkey in ntp.conf)',
      '# not converted (chrony has no key type N): 4 N …',
    ]);
    assert.deepEqual([untrusted, unsupported], [1, 1]);
  });

  it('leaves out a CMAC key of the wrong length, which chronyd would refuse', () => {
    const { text, unsupported } = convertKeysFile('5 AES128CMAC short\n', new Set([5]));
    assert.match(text, /^# not converted \(chrony needs exactly 128 bits for AES128, this key has 40;/m);
    assert.equal(unsupported, 1);
  });

  it('comes with the keys case (golden chrony.keys)', () => {
    const input = goldenInputs().find((i) => i.name === KEYS_CASE);
    assert.ok(input);
    const keys = convertInput(input).chronyKeys ?? '';
    const golden = goldenPath(input).replace(/\.conf$/, '.keys');
    if (UPDATE || !existsSync(golden)) writeFileSync(golden, keys);
    assert.equal(keys, readFileSync(golden, 'utf8'));
  });
});
