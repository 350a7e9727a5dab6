import * as assert from 'node:assert/strict';
import { convertInput, corpusInputs, scrambledInputs } from '../support/convertInputs';
import { chronydParse, chronydPath, Scratch } from './chronyd';

describe('convert: chronyd -p accepts every conversion', function () {
  this.timeout(120000);
  const chronyd = chronydPath();
  const scratch = new Scratch();
  const noteCounts = new Map<string, number>();
  const inputs = corpusInputs();
  after(() => {
    scratch.dispose();
    const common = [...noteCounts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([note, count]) => `${count}× ${note}`);
    console.log(`      ${inputs.length} inputs converted; most common notes:\n        ${common.join('\n        ')}`);
  });

  for (const input of inputs) {
    it(input.name, () => {
      const result = convertInput(input);
      for (const note of result.notes) {
        const key = `${note.code}: ${note.message.en.slice(0, 60)}`;
        noteCounts.set(key, (noteCounts.get(key) ?? 0) + 1);
      }
      assert.deepEqual(chronydParse(chronyd, scratch.write(result.chronyConf)), { accepted: true }, result.chronyConf);
    });
  }
});

describe('convert: chronyd -p accepts the conversion of scrambled ntp.conf words', function () {
  this.timeout(120000);
  it('200 seeded inputs', () => {
    const chronyd = chronydPath();
    const scratch = new Scratch();
    try {
      for (const input of scrambledInputs(200, 1)) {
        const { chronyConf } = convertInput(input);
        assert.deepEqual(chronydParse(chronyd, scratch.write(chronyConf)), { accepted: true }, `${input.text}\n→\n${chronyConf}`);
      }
    } finally {
      scratch.dispose();
    }
  });
});
