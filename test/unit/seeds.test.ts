import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { detectDialect } from '../../server/src/formats/detectDialect';
import type { Dialect } from '../../server/src/core/dialect';
import { RULES } from '../../server/src/rules';
import { SYNTAX_CODES } from '../../server/src/rules/syntax/syntax';
import { codesByLine } from '../support/lint';

/**
 * The configs of the Korean admin guides (/work/shared/seeds), with what an NTP expert would report on each
 * (test/fixtures/seeds/expected.json). Codes whose rule is not registered yet are skipped on both sides, so the
 * comparison tightens by itself as rule groups land.
 */
const SEEDS = path.resolve(__dirname, '../../../test/fixtures/seeds');

/** Every code the rule catalog (issue 4 and the research notes) defines; catches typos in expected.json. */
const PLANNED_CODES = new Set([
  'burst-abuse',
  'command-port-exposed',
  'duplicate-source',
  'fudge-stratum-range',
  'fudge-without-server',
  'key-id-range',
  'kod-without-limited',
  'legacy-refclock-syntax',
  'local-clock-deprecated',
  'local-clock-stratum',
  'local-without-orphan',
  'maxpoll-too-high',
  'minpoll-above-maxpoll',
  'minpoll-too-low',
  'minsources-default',
  'missing-driftfile',
  'missing-restrict-default',
  'mixed-leap-smearing',
  'mode7-enabled',
  'monitor-amplifier',
  'multiple-prefer',
  'no-op-in-dialect',
  'nocerttimecheck',
  'nts-key-cert-mismatch',
  'open-ntp-service',
  'option-not-valid-here',
  'panic-disabled',
  'peer-without-key',
  'poll-range',
  'pool-as-server',
  'pool-blocked-by-nopeer',
  'prefer-local-clock',
  'public-leap-smearing',
  'restrict-cidr-classic',
  'restrict-default-permissive',
  'restrict-family-mismatch',
  'restrict-hostname',
  'restrict-ignore-drops-servers',
  'restrict-source-blocks-pool',
  'runs-as-root',
  'too-few-sources',
  'unauthenticated-broadcast',
  'untrusted-key',
  'version-range',
]);

/** The daemon each guide was written for. */
const DIALECT_OF: Readonly<Record<string, Dialect>> = {
  'seed001-rhel-ntp.conf': 'ntpd',
  'seed001-chrony-rhel8.conf': 'chrony',
  'seed001-solaris-ntp-server.conf': 'xntpd',
  'seed001-solaris-ntp-peer.conf': 'xntpd',
  'seed001-solaris-ntp-client.conf': 'xntpd',
  'seed001-aix-ntp-server.conf': 'xntpd',
  'seed001-aix-ntp-client.conf': 'xntpd',
  'seed001-freebsd-ntp.conf': 'ntpd',
  'seed003-chrony.conf': 'chrony',
  'seed003-ntp.conf': 'ntpd',
  'seed004-ubuntu-ntp.conf': 'ntpd',
};

type Expected = Readonly<Record<string, readonly [number, string][]>>;

const registered = new Set<string>([...SYNTAX_CODES, ...RULES.map((rule) => rule.meta.code)]);
const expected = JSON.parse(readFileSync(path.join(SEEDS, 'expected.json'), 'utf8')) as Expected;
const seedFiles = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.conf'))
  .sort();

function comparable(pairs: readonly (readonly [number, string])[]): [number, string][] {
  return pairs
    .filter(([, code]) => registered.has(code))
    .map(([line, code]): [number, string] => [line, code])
    .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
}

describe("the seed guides' configs get the expert review (expected.json)", () => {
  it('expected.json covers exactly the seed files, with known codes only', () => {
    assert.deepEqual(Object.keys(expected).sort(), seedFiles);
    assert.deepEqual(Object.keys(DIALECT_OF).sort(), seedFiles);
    const unknown = Object.values(expected)
      .flatMap((pairs) => pairs.map(([, code]) => code))
      .filter((code) => !registered.has(code) && !PLANNED_CODES.has(code));
    assert.deepEqual(unknown, []);
  });

  for (const file of seedFiles) {
    it(`${file}: detected as ${DIALECT_OF[file] ?? '?'}, reports what an expert would`, () => {
      const text = readFileSync(path.join(SEEDS, file), 'utf8');
      const { dialect } = detectDialect({ text, path: file });
      assert.equal(dialect, DIALECT_OF[file]);
      assert.deepEqual(comparable(codesByLine(text, dialect)), comparable(expected[file] ?? []));
    });
  }
});
