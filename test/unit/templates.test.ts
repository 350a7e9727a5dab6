import * as assert from 'node:assert/strict';
import { templateItems, type TemplateRequest } from '../../server/src/features/templates';
import { readSnippets } from '../support/snippets';

function labels(request: Partial<TemplateRequest> & Pick<TemplateRequest, 'kind'>): string[] {
  const lines = 'lines' in request ? request.lines : [''];
  return templateItems({ uri: 'file:///etc/chrony.conf', line: 0, before: '', language: 'en', ...request, lines }).map((item) => item.label);
}

describe('templates: snippets served by the language server', () => {
  it('offers the whole-file templates of the dialect at the top of an empty or comment-only file', () => {
    assert.deepEqual(labels({ kind: 'chrony' }), ['chrony client', 'chrony LAN server', 'chrony GPS and PPS reference clocks', 'chrony NTS client']);
    assert.equal(labels({ kind: 'ntpsec', lines: ['# 사내 시간 서버', 'cli'], line: 1, before: 'cli' }).length, 9);
    assert.ok(labels({ kind: 'xntpd' }).includes('Solaris ntp.server (xntpd)'));
  });

  it('offers none once the file has a directive, or after the first word of a line', () => {
    assert.deepEqual(labels({ kind: 'chrony', lines: ['pool pool.ntp.org iburst', ''], line: 1 }), []);
    assert.deepEqual(labels({ kind: 'chrony', lines: ['server '], before: 'server ' }), []);
    assert.deepEqual(labels({ kind: 'chrony', lines: undefined }), []);
  });

  it('describes each template in the UI language only', () => {
    const [en] = templateItems({ kind: 'chrony', uri: 'file:///c.conf', lines: [''], line: 0, before: '', language: 'en' });
    const [ko] = templateItems({ kind: 'chrony', uri: 'file:///c.conf', lines: [''], line: 0, before: '', language: 'ko' });
    assert.equal(en?.detail, 'chrony client: pool with iburst, drift file, makestep, rtcsync');
    assert.equal(ko?.detail, 'chrony 클라이언트: iburst 풀, 드리프트 파일, makestep, rtcsync');
    assert.equal(en?.insertTextFormat, 2);
    assert.match(String(en?.insertText), /^# Public servers from the NTP Pool/);
    assert.match(String(en?.filterText), /chrony-client client/);
  });

  it('W32Time: whole scripts in an empty .bat or .ps1, command groups anywhere at the start of a line', () => {
    const all = labels({ kind: 'unrelated-script', uri: 'file:///c/time.ps1' });
    assert.ok(all.includes('W32Time NTP server') && all.includes('W32Time status'));
    const inScript = labels({ kind: 'w32time', uri: 'file:///c/time.cmd', lines: ['w32tm /resync', ''], line: 1 });
    assert.ok(inScript.includes('W32Time status'));
    assert.ok(!inScript.includes('W32Time NTP server'));
    assert.deepEqual(labels({ kind: 'unrelated-script', uri: 'file:///home/a/build.sh' }), []);
  });

  it('every snippet has an English and a Korean description, each in its own language', () => {
    for (const file of ['chrony', 'ntp'] as const) {
      for (const [name, snippet] of Object.entries(readSnippets(file))) {
        assert.doesNotMatch(snippet.description, /[\uac00-\ud7a3]/, name);
        assert.match(snippet.descriptionKo, /[\uac00-\ud7a3]/, name);
        assert.equal(snippet.wholeFile, true, name);
      }
    }
  });
});
