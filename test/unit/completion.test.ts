import * as assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import type { Dialect } from '../../server/src/core/dialect';
import { completeAt } from '../../server/src/features/completion';
import type { DirectoryEntry } from '../../server/src/features/pathCompletion';

const FAKE_DISK: Record<string, DirectoryEntry[]> = {
  '/var/lib/': [
    { name: 'chrony', isDirectory: true },
    { name: 'ntp', isDirectory: true },
    { name: '.hidden', isDirectory: false },
  ],
  '/etc/chrony/keys/': [{ name: 'server.key', isDirectory: false }],
  '/etc/chrony/.': [{ name: 'chrony.keys', isDirectory: false }],
};

function complete(dialect: Dialect, line: string, version = '4.3', paths = true): CompletionItem[] {
  const listDirectory = (dir: string) => FAKE_DISK[dir];
  return completeAt(line, line.length, dialect, version, 'en', { line: 4, ...(paths ? { paths: { documentDirectory: '/etc/chrony', listDirectory } } : {}) });
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe('completion', () => {
  it('offers the dialect’s directives at the start of a line, with a short doc', () => {
    const chrony = complete('chrony', '');
    assert.ok(labels(chrony).includes('makestep') && labels(chrony).includes('rtcsync'));
    assert.ok(!labels(chrony).includes('restrict'));
    const ntpd = labels(complete('ntpd', '  '));
    assert.ok(ntpd.includes('restrict') && ntpd.includes('fudge') && !ntpd.includes('makestep'));
    const server = chrony.find((i) => i.label === 'server');
    assert.equal(server?.detail, 'directive · Time sources', 'a short label, never a sentence cut mid-word');
    assert.match((server?.documentation as { value: string }).value, /^.{40,}/, 'the explanation is in the documentation pane');
    assert.equal(server?.labelDetails?.description, 'Time sources');
  });

  it('gates chrony directives and options by the target version', () => {
    assert.ok(!labels(complete('chrony', 'server a.example ', '4.0')).includes('certset'));
    assert.ok(labels(complete('chrony', 'server a.example ', '4.3')).includes('certset'));
  });

  it('offers options after server, pool, peer and refclock: `server x ` → iburst', () => {
    for (const directive of ['server', 'pool', 'peer']) assert.ok(labels(complete('chrony', `${directive} x `)).includes('iburst'), directive);
    assert.ok(labels(complete('ntpd', 'server x ')).includes('iburst'));
    assert.ok(labels(complete('chrony', 'refclock PPS /dev/pps0 ')).includes('lock'));
    assert.ok(labels(complete('ntpsec', 'refclock shm ')).includes('unit'));
  });

  it('never offers an option already on the line, before or after the cursor, in any case', () => {
    const before = labels(complete('chrony', 'server x iburst minpoll 4 '));
    assert.ok(!before.includes('iburst') && !before.includes('minpoll') && before.includes('maxpoll'));
    const line = 'server x  IBURST';
    const around = labels(completeAt(line, 9, 'chrony', '4.3', 'en'));
    assert.ok(!around.includes('iburst') && around.includes('prefer'));
  });

  it('waits for a required argument (the host) before options', () => {
    assert.deepEqual(complete('chrony', 'server '), []);
    assert.deepEqual(complete('ntpd', 'restrict '), []);
  });

  it('offers flags after restrict and enable', () => {
    const restrict = labels(complete('ntpd', 'restrict default nomodify '));
    assert.ok(restrict.includes('noquery') && restrict.includes('kod') && !restrict.includes('nomodify'));
    const enable = labels(complete('ntpsec', 'enable '));
    assert.ok(enable.includes('monitor') && !enable.includes('mode7'));
    assert.ok(labels(complete('ntpd', 'enable ')).includes('mode7'));
  });

  it('offers the values of enumerations: positional and option values', () => {
    assert.deepEqual(labels(complete('chrony', 'leapsecmode ')), ['system', 'step', 'slew', 'ignore']);
    assert.ok(labels(complete('chrony', 'hwtimestamp eth0 rxfilter ')).includes('ntp'));
    assert.deepEqual(complete('chrony', 'server x minpoll '), []);
  });

  it('completes paths from the disk, relative to the document, replacing only the last segment', () => {
    const items = complete('chrony', 'driftfile /var/lib/c');
    assert.deepEqual(
      items.map((i) => [i.label, i.kind, i.textEdit]),
      [
        ['chrony/', 19, { range: { start: { line: 4, character: 19 }, end: { line: 4, character: 20 } }, newText: 'chrony/' }],
        ['ntp/', 19, { range: { start: { line: 4, character: 19 }, end: { line: 4, character: 20 } }, newText: 'ntp/' }],
      ],
    );
    assert.deepEqual(labels(complete('chrony', 'keyfile ')), ['chrony.keys']);
    assert.deepEqual(labels(complete('chrony', 'keyfile keys/')), ['server.key']);
    assert.deepEqual(complete('chrony', 'driftfile /var/lib/', '4.3', false), []);
  });

  it('offers nothing inside comments or after unknown directives', () => {
    assert.deepEqual(complete('chrony', '# server x '), []);
    assert.deepEqual(complete('ntpd', 'server x # '), []);
    assert.deepEqual(complete('chrony', 'frobnicate '), []);
  });
});
