import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { convertInput, corpusInputs, goldenInputs, KEYS_CASE, scrambledInputs } from '../support/convertInputs';
import { chronydParse, chronydPath, Scratch } from './chronyd';

describe('convert: chronyd -p accepts every conversion', function () {
  this.timeout(120000);
  const chronyd = chronydPath();
  const scratch = new Scratch();
  const noteCounts = new Map<string, number>();
  const inputs = corpusInputs();
  after(() => {
    scratch.dispose();
    const common = [...noteCounts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([note, count]) => `${count}× ${note}`);
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

describe('convert: the real-world corpus keeps every time source', function () {
  this.timeout(60000);
  it('each server, pool and peer host of a real ntp.conf is a source of its chrony.conf', () => {
    const hosts = (text: string, keywords: readonly string[]) =>
      text
        .split(/\r?\n/)
        .map((line) => line.replace(/#.*$/, '').trim().split(/\s+/))
        .filter(([keyword]) => keywords.includes((keyword ?? '').toLowerCase()))
        .map((words) =>
          words
            .slice(1)
            .find((w) => !w.startsWith('-'))
            ?.toLowerCase(),
        )
        .filter((host): host is string => host !== undefined && !host.startsWith('127.127.'));
    const real = corpusInputs().filter((input) => input.name.startsWith('real/'));
    const lost = real.flatMap((input) => {
      const converted = new Set(hosts(convertInput(input).chronyConf, ['server', 'pool', 'peer']));
      return [...new Set(hosts(input.text, ['server', 'pool', 'peer']))].filter((host) => !converted.has(host)).map((host) => `${input.name}: ${host}`);
    });
    console.log(`      ${real.length} real-world ntp-family files converted`);
    assert.deepEqual(lost, []);
  });
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

describe('convert: chronyd loads the converted chrony.keys', function () {
  this.timeout(30000);
  it('every key it was given, with no complaint', () => {
    const input = goldenInputs().find((i) => i.name === KEYS_CASE);
    assert.ok(input);
    const keys = convertInput(input).chronyKeys ?? '';
    const scratch = new Scratch();
    try {
      const keyfile = scratch.write(keys);
      // -Q: measure only, never set the clock; -t 1: give up after a second (there are no sources).
      const run = spawnSync(chronydPath(), ['-Q', '-t', '1', '-d', '-f', scratch.write(`keyfile ${keyfile}\n`)], { encoding: 'utf8', timeout: 10000 });
      assert.doesNotMatch(run.stderr, /Invalid|Could not|Unknown hash|[Ee]rror/, run.stderr);
      assert.match(run.stderr, /chronyd exiting/, run.stderr);
    } finally {
      scratch.dispose();
    }
  });
});
