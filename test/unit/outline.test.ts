import * as assert from 'node:assert/strict';
import { definitionAt } from '../../server/src/features/definition';
import { foldingRanges } from '../../server/src/features/folding';
import { documentLinks, resolvePathUri } from '../../server/src/features/links';
import { documentSymbols } from '../../server/src/features/symbols';
import { parseConfig } from '../../server/src/formats/ntpconf/parser/parseConfig';

const CHRONY = [
  '# Sources', // 0
  'pool 2.debian.pool.ntp.org iburst', // 1
  'server time.bora.net iburst', // 2
  '', // 3
  '# Access', // 4
  'allow 192.168.0.0/16', // 5
  'driftfile /var/lib/chrony/drift', // 6
  'keyfile chrony.keys', // 7
  'log tracking measurements', // 8
].join('\n');

describe('document symbols', () => {
  it('groups lines by catalog category, in order of first appearance', () => {
    const symbols = documentSymbols(parseConfig(CHRONY, 'chrony'), 'en');
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children?.map((c) => c.name)]),
      [
        ['Time sources', ['pool 2.debian.pool.ntp.org', 'server time.bora.net']],
        ['Access control', ['allow 192.168.0.0/16']],
        ['Files', ['driftfile /var/lib/chrony/drift', 'keyfile chrony.keys']],
        ['Logging and statistics', ['log tracking']],
      ],
    );
    const sources = symbols[0];
    assert.deepEqual(sources?.range, { start: { line: 1, character: 0 }, end: { line: 2, character: 27 } });
    assert.deepEqual(sources?.children?.[0]?.selectionRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 26 } });
    assert.equal(sources?.children?.[0]?.detail, 'iburst');
  });

  it('names the groups in Korean and keeps unknown directives', () => {
    const symbols = documentSymbols(parseConfig('server a\nfrobnicate 1\n', 'chrony'), 'ko');
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['시간 소스', '알 수 없는 지시어'],
    );
  });

  it('is linear enough for 100k lines', () => {
    const text = Array.from({ length: 100000 }, (_, i) => (i % 10 === 0 ? '# c' : `server s${i}.example iburst`)).join('\n');
    const config = parseConfig(text, 'chrony');
    const start = Date.now();
    const symbols = documentSymbols(config, 'en');
    foldingRanges(config);
    assert.equal(symbols[0]?.children?.length, 90000);
    assert.ok(Date.now() - start < 2000, `took ${Date.now() - start} ms`);
  });
});

describe('folding ranges', () => {
  it('folds sections from their comment header, comment blocks, and sections split by headers', () => {
    const text = [
      '# Header line one', // 0
      '# header line two', // 1
      '', // 2
      '# Sources', // 3
      'server a', // 4
      'server b', // 5
      '# Access (a header right after a directive starts a section)', // 6
      'allow 10/8', // 7
      'deny 10.1/16', // 8
      '', // 9
      'rtcsync', // 10
      '', // 11
      'driftfile /x', // 12
      '# note one', // 13
      '# note two', // 14
    ].join('\n');
    assert.deepEqual(foldingRanges(parseConfig(text, 'chrony')), [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 3, endLine: 5 },
      { startLine: 6, endLine: 8 },
      { startLine: 13, endLine: 14, kind: 'comment' },
    ]);
  });

  it('starts a new section at a comment that follows a directive', () => {
    const text = ['server a', '# one', '# two', 'server b'].join('\n');
    assert.deepEqual(foldingRanges(parseConfig(text, 'ntpd')), [{ startLine: 1, endLine: 3 }]);
  });
});

describe('document links', () => {
  it('links path arguments, relative ones against the document folder', () => {
    const links = documentLinks(parseConfig(CHRONY, 'chrony'), 'file:///etc/chrony/chrony.conf', 'en');
    assert.deepEqual(
      links.map((l) => [l.range.start.line, l.target, l.tooltip]),
      [
        [6, 'file:///var/lib/chrony/drift', 'Open /var/lib/chrony/drift'],
        [7, 'file:///etc/chrony/chrony.keys', 'Open chrony.keys'],
      ],
    );
  });

  it('links ntpd keys, includefile and driftfile; never globs, devices or relative paths of unsaved files', () => {
    const text = 'keys /etc/ntp.keys\nincludefile /etc/ntp/extra.conf\ndriftfile /var/lib/ntp/drift\n';
    assert.deepEqual(
      documentLinks(parseConfig(text, 'ntpd'), 'file:///etc/ntp.conf', 'ko').map((l) => l.target),
      ['file:///etc/ntp.keys', 'file:///etc/ntp/extra.conf', 'file:///var/lib/ntp/drift'],
    );
    assert.deepEqual(documentLinks(parseConfig('logdir /var/log/chrony\nntsdumpdir /var/lib/chrony\n', 'chrony'), 'file:///etc/chrony.conf', 'en'), []);
    assert.equal(resolvePathUri('/etc/chrony/conf.d/*.conf', 'file:///etc/chrony/chrony.conf'), undefined);
    assert.equal(resolvePathUri('/dev/pps0', 'file:///etc/chrony/chrony.conf'), undefined);
    assert.equal(resolvePathUri('../../../proc/self/pagemap', 'file:///repo/etc/ntp.conf'), undefined, 'where `../` leads, not how it is written');
    assert.equal(resolvePathUri('drift', 'untitled:Untitled-1'), undefined);
    assert.equal(resolvePathUri('/var/lib/a b#c', 'untitled:Untitled-1'), 'file:///var/lib/a%20b%23c');
  });
});

describe('go to definition', () => {
  it('goes from `key N` to the trustedkey word and the keys file entry', () => {
    const text = 'keys /etc/ntp.keys\ntrustedkey 1 5-9\nserver a.example key 7 iburst\n';
    const config = parseConfig(text, 'ntpd');
    const keysFile = '# keys\n1 M secret\n 7 SHA1 0123456789abcdef\n';
    const read = (uri: string) => (uri === 'file:///etc/ntp.keys' ? keysFile : undefined);
    assert.deepEqual(definitionAt(config, 2, 21, 'file:///etc/ntp.conf', read), [
      { uri: 'file:///etc/ntp.conf', range: { start: { line: 1, character: 13 }, end: { line: 1, character: 16 } } },
      { uri: 'file:///etc/ntp.keys', range: { start: { line: 2, character: 1 }, end: { line: 2, character: 2 } } },
    ]);
  });

  it('finds chrony keyfile entries and nothing for other words', () => {
    const config = parseConfig('keyfile /etc/chrony/chrony.keys\nserver a key 3\n', 'chrony');
    const read = () => '3 SHA256 HEX:00\n';
    assert.deepEqual(definitionAt(config, 1, 13, 'file:///etc/chrony/chrony.conf', read), [
      { uri: 'file:///etc/chrony/chrony.keys', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } },
    ]);
    assert.deepEqual(definitionAt(config, 1, 2, 'file:///etc/chrony/chrony.conf', read), []);
    assert.deepEqual(definitionAt(config, 1, 13, 'file:///etc/chrony/chrony.conf'), []);
  });
});
