import * as assert from 'node:assert/strict';
import { headline, quotedCode } from '../../server/src/core/plainText';

describe('messages for plain-text surfaces', () => {
  it("turns `code` spans into 'code', in English and Korean, and leaves other text alone", () => {
    assert.equal(quotedCode('No `iburst`: add `iburst`.'), "No 'iburst': add 'iburst'.");
    assert.equal(quotedCode('`127.0.0.1`을 `prefer`로 지정했습니다.'), "'127.0.0.1'을 'prefer'로 지정했습니다.");
    assert.equal(quotedCode('chronyd drops this line ("Could not add source").'), 'chronyd drops this line ("Could not add source").');
    // A lone backtick (a user's word) has no pair: it stays as written.
    assert.equal(quotedCode('Unknown directive `a`b` here'), "Unknown directive 'a'b` here");
  });

  it('cuts a long note to its first clause for one Problems row, never inside a code span', () => {
    const note =
      'ntpd answered ntpq/ntpdc queries from 2001:db8:10::/48 (no `noquery`): `cmdallow` with a non-loopback `bindcmdaddress` lets chronyc there read the state.';
    assert.equal(headline(note), 'ntpd answered ntpq/ntpdc queries from 2001:db8:10::/48 (no `noquery`)');
    assert.equal(
      headline('No `tinker` in chrony (step 0.001, panic 0, dispersion 15). Closest: `makestep THRESHOLD LIMIT` for step and more words here.'),
      'No `tinker` in chrony (step 0.001, panic 0, dispersion 15)',
    );
    assert.equal(headline('short note: kept whole'), 'short note: kept whole');
    const clauseless = `${'word '.repeat(30)}end`;
    assert.ok(headline(clauseless).endsWith('…') && headline(clauseless).length <= 100, headline(clauseless));
    assert.equal(headline('`a: b. c; d` '.repeat(10)).includes('…'), true, 'no cut inside `a: b. c; d`');
  });
});
