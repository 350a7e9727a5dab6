import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { spansAfterChange, type LineSpan } from '../../../client/src/verify/lineTracking';
import { columnIndex, ProbeReportBuilder, SOURCES_SECTION, type Translate } from '../../../client/src/verify/probeReportModel';
import { REPORT_SCRIPT_FOR_TESTS, reportHtml } from '../../../client/src/verify/reportHtml';
import { applyPatch, isFromWebview, type ReportModel } from '../../../client/src/verify/reportModel';
import { verificationFindings } from '../../../client/src/verify/verificationFindings';
import { verificationSubject } from '../../../server/src/features/verificationSubject';
import { parseConfig } from '../../../server/src/formats/ntpconf/parser/parseConfig';
import { encodePacket } from '../../../verify/src/ntpPacket';
import type { ProbeReport, ProbeResult, ServerHeader } from '../../../verify/src/types';
import { assessResults } from '../../../verify/src/verdicts';

const ROOT = path.resolve(__dirname, '../../../..');
/** Like vscode.l10n.t without a bundle: fills {0}, {1}… */
const t: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const SETTINGS = { samples: 2, intervalMs: 1000, timeoutMs: 500 };
const HEADER: ServerHeader = { leap: 0, version: 4, stratum: 2, poll: 6, precision: -20, rootDelayMs: 1, rootDispersionMs: 1, refid: '192.0.2.1', kiss: null };

const config = verificationSubject(parseConfig('server 127.0.0.1 port 11123 iburst\npool pool.example\nrefclock SHM 0\n', 'chrony'));

function finishedReport(): ProbeReport {
  const [server, pool] = config.targets;
  const observation = (address: string, offsetMs: number | null) => ({
    address,
    port: 123,
    sent: 2,
    replies: offsetMs === null ? 0 : 2,
    timeouts: offsetMs === null ? 2 : 0,
    refused: 0,
    errors: [],
    ignored: {},
    samples: offsetMs === null ? [] : [{ offsetMs, delayMs: 0.2, rootDistanceMs: 1.1, index: 0, atMs: 5 }],
    header: offsetMs === null ? null : HEADER,
    kiss: null,
  });
  const result = (target: typeof server, o: ReturnType<typeof observation>): ProbeResult => ({
    target: target!,
    address: o.address,
    port: o.port,
    observation: o,
    resolveError: null,
    best: o.samples[0] ?? null,
    reachable: o.replies > 0,
    verdicts: [],
  });
  const results = [result(server, observation('127.0.0.1', 0.05)), result(pool, observation('192.0.2.10', 1.5)), result(pool, observation('192.0.2.11', null))];
  assessResults(results, SETTINGS);
  return { settings: SETTINGS, results, notProbed: [], cancelled: false, elapsedMs: 1500 };
}

describe('verification report and diagnostics (client, pure parts)', () => {
  it('drops results on edited lines and moves the ones below', () => {
    const spans: LineSpan[] = [
      { startLine: 1, endLine: 1 },
      { startLine: 3, endLine: 3 },
      { startLine: 6, endLine: 6 },
    ];
    const move = (s: LineSpan, d: number): LineSpan => ({ startLine: s.startLine + d, endLine: s.endLine + d });
    const change = (startLine: number, startCharacter: number, endLine: number, endCharacter: number, text: string) =>
      spansAfterChange(spans, { startLine, startCharacter, endLine, endCharacter, text }, move);
    assert.deepEqual(change(3, 10, 3, 10, ' iburst'), [spans[0], null, spans[2]], 'typing on line 3');
    assert.deepEqual(change(2, 0, 2, 0, 'server x\n'), [spans[0], { startLine: 4, endLine: 4 }, { startLine: 7, endLine: 7 }], 'a line inserted above');
    assert.deepEqual(
      change(3, 0, 3, 0, '\n'),
      [spans[0], { startLine: 4, endLine: 4 }, { startLine: 7, endLine: 7 }],
      'Enter at the start of line 3 only moves it',
    );
    assert.deepEqual(change(4, 0, 5, 0, ''), [spans[0], spans[1], { startLine: 5, endLine: 5 }], 'line 4 deleted');
    assert.deepEqual(change(0, 0, 1, 3, ''), [null, { startLine: 2, endLine: 2 }, { startLine: 5, endLine: 5 }], 'a deletion reaching into line 1');
  });

  it('makes one finding per line and verdict, and a hint for the lines that were fine or skipped', () => {
    const findings = verificationFindings(finishedReport(), config.skipped, 'en', t);
    assert.deepEqual(
      findings.map((f) => [f.line, f.start, f.end, f.severity, f.code]),
      [
        [0, 7, 16, 'hint', 'answered'],
        [1, 5, 17, 'warning', 'unreachable'],
        [2, 0, 12, 'hint', 'not-queried'],
      ],
    );
    assert.equal(findings[0]!.message, 'Answered: stratum 2, reference ID 192.0.2.1, offset +0.050 ms, delay 0.200 ms.');
    assert.match(findings[1]!.message, /^1 of 2 addresses: No answer from 192\.0\.2\.11 \(UDP 123\)/);
    assert.match(findings[2]!.message, /^Not queried: A reference clock/);
  });

  it('builds rows as names resolve and replies arrive, plots each sample, and ends with verdicts', () => {
    const builder = new ProbeReportBuilder(t, 'en', 'chrony.conf', config.targets, config.skipped, SETTINGS);
    let model: ReportModel = builder.initial();
    assert.deepEqual(
      model.sections[0]!.rows.map((r) => r.cells[columnIndex('result')]),
      ['resolving…', 'resolving…'],
    );
    assert.deepEqual(model.notes, [
      'Line 3: refclock SHM not queried. A reference clock (refclock) is read by the daemon from local hardware or shared memory, not over the network, so it is not queried.',
    ]);
    const apply = (patches: ReturnType<ProbeReportBuilder['onEvent']>): void => patches.forEach((p) => (model = applyPatch(model, p)));
    apply(builder.onEvent({ type: 'resolved', target: config.targets[1]!, result: { ok: true, addresses: ['192.0.2.10', '192.0.2.11'] } }));
    assert.deepEqual(
      model.sections[0]!.rows.map((r) => r.id),
      ['t0', 't1', 't1|192.0.2.11'],
    );
    const packet = {
      leap: 0,
      version: 4,
      mode: 4,
      stratum: 2,
      poll: 0,
      precision: -20,
      rootDelay: 0,
      rootDispersion: 0,
      referenceId: Uint8Array.from([192, 0, 2, 1]),
      referenceTimestamp: 0n,
      originTimestamp: 0n,
      receiveTimestamp: 1n,
      transmitTimestamp: 1n,
    } as const;
    apply(builder.onEvent({ type: 'sent', address: '192.0.2.10', port: 123, index: 0 }));
    const sample = { offsetMs: 1.5, delayMs: 0.2, rootDistanceMs: 1, index: 0, atMs: 5 };
    apply(
      builder.onEvent({
        type: 'outcome',
        address: '192.0.2.10',
        port: 123,
        index: 0,
        outcome: { kind: 'reply', verdict: { kind: 'sample', packet, sample }, bytes: encodePacket(packet), request: { sentAt: 0n, nonce: 0n } },
        sample,
      }),
    );
    assert.deepEqual(model.sections[0]!.rows[1]!.cells, [
      'pool pool.example',
      'measuring…',
      '+1.50 ms',
      '0.200 ms',
      '2',
      '0.000 ms',
      '192.0.2.1',
      '0',
      '',
      '192.0.2.10',
      '1/1',
    ]);
    assert.deepEqual(model.chart!.series, [{ id: '192.0.2.10|123', label: 'pool.example (192.0.2.10)', points: [{ t: 5, value: 1.5 }] }]);

    const final = builder.final(finishedReport());
    assert.equal(final.busy, false);
    assert.equal(final.status, '2 of 3 addresses answered, in 1.5 s.');
    const one = finishedReport();
    assert.equal(builder.final({ ...one, results: one.results.slice(0, 1) }).status, '1 of 1 address answered, in 1.5 s.');
    assert.equal(final.chart!.lastValueLabel, 'last sample', 'the legend says which sample its value is');
    assert.deepEqual(
      final.sections[0]!.rows.map((r) => [r.status, r.cells[columnIndex('address')], r.cells[columnIndex('result')], r.line]),
      [
        ['ok', '127.0.0.1', 'OK', 0],
        ['ok', '192.0.2.10', 'OK', 1],
        ['error', '192.0.2.11', 'unreachable', 1],
      ],
    );
    assert.equal(final.sections[0]!.id, SOURCES_SECTION);
  });

  it('serves a page with a strict CSP, a nonce on its only script and style, and no remote resources', () => {
    const html = reportHtml('bm9uY2U=', 'ko', 'Verify <Servers>');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-bm9uY2U='; script-src 'nonce-bm9uY2U=';">/);
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script nonce="bm9uY2U=">']);
    assert.deepEqual(html.match(/<style[^>]*>/g), ['<style nonce="bm9uY2U=">']);
    assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    assert.doesNotMatch(html, /innerHTML/);
    assert.match(html, /<title>Verify &#60;Servers&#62;<\/title>/);
    assert.match(html, /<html lang="ko">/);
    // The script must parse as it will run in the webview (applyPatch is inlined from the same code the extension uses).
    assert.doesNotThrow(() => new Function(REPORT_SCRIPT_FOR_TESTS));
  });

  it('accepts only the two messages a webview may send', () => {
    assert.deepEqual(
      [{ type: 'ready' }, { type: 'reveal', line: 3 }, { type: 'reveal', line: -1 }, { type: 'reveal', line: '3' }, { type: 'run', command: 'x' }, null].map(
        isFromWebview,
      ),
      [true, true, false, false, false, false],
    );
  });

  it('has a Korean translation for every client string of the verification UI', () => {
    const bundle = JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
    const dir = path.join(ROOT, 'client', 'src', 'verify');
    const strings = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/\b(?:t|l10n\.t)\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!));
    assert.ok(strings.length > 30, `found ${strings.length} strings`);
    assert.deepEqual(
      strings.filter((s) => !(s in bundle)),
      [],
    );
  });
});
