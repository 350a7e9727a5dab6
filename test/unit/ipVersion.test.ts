import * as assert from 'node:assert/strict';
import { isIPv4, isIPv6 } from 'node:net';
import { ipVersion } from '../../server/src/core/hostNames';

/** What net.isIP says; ipVersion copies Node's patterns so the CLI need not load node:net. */
function node(text: string): 0 | 4 | 6 {
  if (isIPv6(text)) return 6;
  return isIPv4(text) ? 4 : 0;
}

describe('ipVersion agrees with node:net', () => {
  it('on the forms configurations use and their near misses', () => {
    const words = ['::', '::1', '1::', 'fe80::1%eth0', '::ffff:192.0.2.1', '2001:db8::1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1::2::3'];
    words.push('192.0.2.1', '255.255.255.255', '256.1.1.1', '01.1.1.1', '1.1.1', '[::1]', '0.0.0.0', '::ffff:1.2.3.04', 'fe80::%', '1:2:3:4:5:6:7::');
    assert.deepEqual(
      words.map((w) => [w, ipVersion(w)]),
      words.map((w) => [w, node(w)]),
    );
  });

  it('on 60 000 seeded random words of address characters', () => {
    const alphabet = '0123456789abcdefABCDEF:.%-xgz';
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
    const differ: string[] = [];
    for (let i = 0; i < 60000; i++) {
      let word = '';
      const length = 1 + Math.floor(random() * 24);
      for (let j = 0; j < length; j++) word += alphabet[Math.floor(random() * alphabet.length)];
      if (ipVersion(word) !== node(word)) differ.push(word);
    }
    assert.deepEqual(differ, []);
  });
});
