import * as assert from 'node:assert/strict';
import { quotedCode } from '../../server/src/core/plainText';

describe('messages for plain-text surfaces', () => {
  it("turns `code` spans into 'code', in English and Korean, and leaves other text alone", () => {
    assert.equal(quotedCode('No `iburst`: add `iburst`.'), "No 'iburst': add 'iburst'.");
    assert.equal(quotedCode('`127.0.0.1`을 `prefer`로 지정했습니다.'), "'127.0.0.1'을 'prefer'로 지정했습니다.");
    assert.equal(quotedCode('chronyd drops this line ("Could not add source").'), 'chronyd drops this line ("Could not add source").');
    // A lone backtick (a user's word) has no pair: it stays as written.
    assert.equal(quotedCode('Unknown directive `a`b` here'), "Unknown directive 'a'b` here");
  });
});
