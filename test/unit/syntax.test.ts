import * as assert from 'node:assert/strict';
import { diagnostics, syntaxCodesByLine as codesByLine } from '../support/lint';

describe('syntax diagnostics', () => {
  it('reports an unknown directive with the closest name and a fix', () => {
    const diagnostic = diagnostics('servr 10.0.0.1 iburst\n', 'chrony').find((d) => d.code === 'unknown-directive');
    assert.deepEqual(
      { code: diagnostic?.code, severity: diagnostic?.severity, range: diagnostic?.range },
      { code: 'unknown-directive', severity: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } } },
    );
    assert.match(diagnostic?.message ?? '', /Did you mean `server`\?/);
  });

  it('suggests what completion would put first for a word being typed: `ser` is `server`, not `user`', () => {
    for (const dialect of ['chrony', 'ntpd'] as const) {
      const diagnostic = diagnostics('ser 10.0.0.1\n', dialect).find((d) => d.code === 'unknown-directive');
      assert.match(diagnostic?.message ?? '', /Did you mean `server`\?/, dialect);
    }
  });

  it('names the daemon of the dialect that skips an unknown line', () => {
    for (const [dialect, daemon] of [
      ['ntpd', 'ntpd'],
      ['ntpsec', 'ntpd'],
      ['xntpd', 'xntpd'],
    ] as const) {
      const diagnostic = diagnostics('serer 10.0.0.1\n', dialect).find((d) => d.code === 'unknown-directive');
      assert.match(diagnostic?.message ?? '', new RegExp(` ${daemon} skips this line\\.$`), dialect);
    }
  });

  it('accepts chrony directive names in any case but not NTPsec ones', () => {
    assert.deepEqual(codesByLine('SERVER 10.0.0.1 IBURST\n', 'chrony'), []);
    assert.deepEqual(codesByLine('SERVER 10.0.0.1 iburst\n', 'ntpsec'), [[0, 'unknown-directive']]);
  });

  it('flags a trailing comment in chrony only', () => {
    assert.deepEqual(codesByLine('server 10.0.0.1 iburst # primary\n', 'chrony'), [[0, 'trailing-comment']]);
    assert.deepEqual(codesByLine('server 10.0.0.1 iburst # primary\n', 'ntpd'), []);
  });

  it('flags a byte order mark as fatal for chrony', () => {
    assert.deepEqual(codesByLine('\ufeffserver 10.0.0.1 iburst\n', 'chrony'), [[0, 'byte-order-mark']]);
  });

  it('checks option values: malformed is an error, out of range a warning', () => {
    const found = diagnostics('server 10.0.0.1 iburst minpoll x\nserver 10.0.0.2 iburst minpoll 50\n', 'chrony')
      .filter((d) => d.code === 'invalid-value')
      .map((d) => [d.range.start.line, d.code, d.severity]);
    assert.deepEqual(found, [
      [0, 'invalid-value', 1],
      [1, 'invalid-value', 2],
    ]);
  });

  it('reports a missing option value and a missing address', () => {
    assert.deepEqual(codesByLine('server 10.0.0.1 iburst minpoll\nserver\n', 'chrony'), [
      [0, 'missing-argument'],
      [1, 'missing-argument'],
    ]);
  });

  it('reports an unknown option with a suggestion', () => {
    const diagnostic = diagnostics('server 10.0.0.1 ibrust\n', 'chrony').find((d) => d.code === 'unknown-option');
    assert.match(diagnostic?.message ?? '', /Did you mean `iburst`\?/);
  });

  it('rejects broken addresses', () => {
    assert.deepEqual(codesByLine('server 300.1.2.3 iburst\n', 'chrony'), [[0, 'invalid-value']]);
    assert.deepEqual(codesByLine('server [fe80::1%eth0] iburst\nserver ::1 iburst\n', 'ntpsec'), []);
  });

  it('says when a directive belongs to another dialect', () => {
    assert.deepEqual(codesByLine('pool pool.ntp.org\n', 'xntpd'), [[0, 'unsupported-in-dialect']]);
    assert.deepEqual(codesByLine('server 10.0.0.1 iburst\n', 'xntpd'), [[0, 'unsupported-in-dialect']]);
  });
});

describe('syntax diagnostics: argument order', () => {
  it('chrony needs the address before any option, like chronyd', () => {
    assert.deepEqual(codesByLine('server iburst 10.0.0.1\n', 'chrony'), [[0, 'unknown-option']]);
    assert.deepEqual(codesByLine('server -4 10.0.0.1 iburst\n', 'ntpd'), []);
  });
});

describe('syntax diagnostics: chronyd reads directive numbers leniently', () => {
  it('warns (not errors) on junk after a directive number, but refuses it in an option value', () => {
    const found = diagnostics('makestep 1.0 3x\nserver a.example iburst minpoll 4x\n', 'chrony')
      .filter((d) => d.code === 'invalid-value')
      .map((d) => [d.range.start.line, d.severity, d.message]);
    assert.deepEqual(found, [
      [0, 2, 'chronyd reads `3x` as 3 and ignores `x`. Write the number alone.'],
      [1, 1, '`4x` is not a whole number.'],
    ]);
  });
});

describe('syntax diagnostics: ntp-family specifics', () => {
  it('refuses a bare tos or fudge, as NTPsec does', () => {
    assert.deepEqual(codesByLine('tos\nfudge 127.127.1.0\ntos orphan 10\n', 'ntpsec'), [
      [0, 'missing-argument'],
      [1, 'missing-argument'],
    ]);
  });

  it('types numbers as NTPsec’s scanner does: 0x10 and 2147483648 only in option_int slots', () => {
    const text = 'server 192.0.2.1 iburst minpoll 0x6 maxpoll 0xa version 0x4\ntinker step 2147483648\ntos minsane 0x3\ntinker step 2147483648.0\n';
    const errors = diagnostics(text, 'ntpsec')
      .filter((d) => d.severity === 1)
      .map((d) => [d.range.start.line, d.message]);
    assert.deepEqual(errors, [
      [1, 'NTPsec refuses the line: `2147483648` is above 2147483647, the largest whole number it reads here.'],
      [2, 'NTPsec refuses the line: it reads hexadecimal `0x3` only in source options. Write 3.'],
    ]);
  });

  it('knows which enable flags and statistics each daemon accepts', () => {
    assert.deepEqual(codesByLine('enable mode7\nstatistics cryptostats\nenable monitor\n', 'ntpsec'), [
      [0, 'unsupported-in-dialect'],
      [1, 'unsupported-in-dialect'],
    ]);
    assert.deepEqual(codesByLine('enable mode7\nstatistics cryptostats\n', 'ntpd'), []);
  });
});

describe('syntax diagnostics: chrony option case', () => {
  it('ignores case in option names except where chronyd does not (log names, allow all)', () => {
    assert.deepEqual(codesByLine('server a.example IBURST\nlocal Stratum 10\nlog Tracking\nallow ALL\n', 'chrony'), [
      [2, 'unknown-option'],
      [3, 'unknown-option'],
    ]);
  });
});
