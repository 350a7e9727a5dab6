import * as assert from 'node:assert/strict';
import type { Dialect } from '../../server/src/core/dialect';
import { describeAddress } from '../../server/src/features/addressInfo';
import { parsePoolHost } from '../../server/src/features/data/poolZones';
import { refclockId } from '../../server/src/core/hostNames';
import { refclockDriver } from '../../server/src/formats/ntpconf/catalog/ntp/refclockDrivers';
import { hoverAt } from '../../server/src/features/hover';
import { concreteValue } from '../../server/src/formats/ntpconf/catalog/units';
import { explainDirective } from '../../server/src/features/valueMeaning';
import type { Language } from '../../server/src/core/localized';
import { parseConfig } from '../../server/src/formats/ntpconf/parser/parseConfig';
import type { Finding } from '../../server/src/core/finding';
import { localized } from '../../server/src/core/localized';
import { findingDetailsAt, withFindingDetails } from '../../server/src/features/findingDetails';

/** The hover text at the first occurrence of `word` in the one-line text. */
function hover(dialect: Dialect, text: string, word: string, language: Language = 'en'): string | undefined {
  const character = text.indexOf(word);
  assert.ok(character >= 0, `${word} not in ${text}`);
  const result = hoverAt(parseConfig(text, dialect), 0, character + 1, language);
  return result === null ? undefined : (result.contents as { value: string }).value;
}

describe('hover', () => {
  it('makes log2 poll values concrete: minpoll 6 → 64 s', () => {
    assert.match(hover('chrony', 'server a.example minpoll 6', 'minpoll') ?? '', /`6` → 2\^6 = 64 s/);
    assert.match(hover('chrony', 'server a.example minpoll 6', '6') ?? '', /2\^6 = 64 s/);
    assert.match(hover('ntpd', 'server a.example maxpoll 10', '10') ?? '', /2\^10 = 1024 s \(17 min 4 s\)/);
    assert.equal(concreteValue('-3', 'log2-seconds', 'en'), '2^-3 = 125 ms');
    assert.equal(concreteValue('6', 'log2-seconds', 'ko'), '2^6 = 64초');
  });

  it('explains makestep in words, including -1 (any update)', () => {
    assert.equal(
      explainDirective('makestep', ['1.0', '3'], 'chrony')?.en,
      'Step the clock if it is off by more than 1 s during the first 3 updates; after that, only slew.',
    );
    assert.equal(explainDirective('makestep', ['1', '-1'], 'chrony')?.en, 'Step the clock on any update when it is off by more than 1 s.');
    assert.match(hover('chrony', 'makestep 1.0 3', 'makestep') ?? '', /during the first 3 updates/);
    assert.match(hover('chrony', 'makestep 0.1 3', '0.1', 'ko') ?? '', /처음 3번의 갱신 동안 시계가 100 ms보다/);
    assert.equal(explainDirective('makestep', ['x', '3'], 'chrony'), undefined);
  });

  it('explains maxchange and ppm values', () => {
    assert.match(
      explainDirective('maxchange', ['1000', '1', '2'], 'chrony')?.en ?? '',
      /After the first 1 updates, an offset larger than 16 min 40 s is not corrected: such updates are ignored 2 times, then chronyd exits\./,
    );
    assert.equal(concreteValue('100', 'ppm', 'en'), 'up to 8.64 s per day');
  });

  it('names the refclock driver of 127.127.T.U, with its unit', () => {
    assert.deepEqual(refclockId('127.127.28.1'), { type: 28, unit: 1 });
    assert.equal(refclockDriver(22)?.name, 'PPS');
    const cases: [string, RegExp][] = [
      ['127.127.1.0', /\*\*LOCAL\*\* \(type 1, unit 0\)/],
      ['127.127.20.1', /\*\*NMEA\*\* \(type 20, unit 1\).*`refclock nmea`/],
      ['127.127.22.0', /\*\*PPS\*\*/],
      ['127.127.28.2', /\*\*SHM\*\* \(type 28, unit 2\)/],
      ['127.127.99.0', /no ntpd driver has this number/],
    ];
    for (const [address, expected] of cases) assert.match(hover('ntpd', `server ${address} prefer`, address) ?? '', expected, address);
    assert.match(hover('xntpd', 'fudge 127.127.1.0 stratum 10', '127.127') ?? '', /LOCAL/);
    assert.match(hover('ntpd', 'server 127.127.1.0', '127', 'ko') ?? '', /기준 시계 \*\*LOCAL\*\* \(1번, 유닛 0\): 보정되지 않는 로컬 시계/);
  });

  it('tells chrony users that 127.127.T.U is not theirs', () => {
    assert.match(describeAddress('127.127.1.0', 'chrony')?.en ?? '', /chrony does not know `127\.127\.T\.U`/);
  });

  it('names NTP Pool zones: countries, continents, vendors, subsets', () => {
    assert.deepEqual(parsePoolHost('kr.pool.ntp.org'), { zone: { kind: 'country', zone: 'kr', name: { en: 'South Korea', ko: '대한민국' } } });
    assert.deepEqual(parsePoolHost('2.asia.pool.ntp.org'), { zone: { kind: 'continent', zone: 'asia', name: { en: 'Asia', ko: '아시아' } }, subset: 2 });
    assert.deepEqual(parsePoolHost('0.pool.ntp.org'), { zone: { kind: 'global' }, subset: 0 });
    assert.deepEqual(parsePoolHost('2.rhel.pool.ntp.org'), { zone: { kind: 'vendor', zone: 'rhel', name: 'Red Hat Enterprise Linux' }, subset: 2 });
    for (const vendor of ['ubuntu', 'debian', 'centos', 'fedora', 'android'])
      assert.equal(parsePoolHost(`1.${vendor}.pool.ntp.org`)?.zone.kind, 'vendor', vendor);
    assert.equal(parsePoolHost('uk.pool.ntp.org')?.zone.kind, 'country');
    assert.equal(parsePoolHost('KR.POOL.NTP.ORG.')?.zone.kind, 'country');
    assert.equal(parsePoolHost('time.bora.net'), undefined);
    assert.equal(parsePoolHost('pool.ntp.org.evil.example'), undefined);
    assert.match(hover('chrony', 'server kr.pool.ntp.org iburst', 'kr.pool') ?? '', /NTP Pool: the country zone of South Korea \(`kr`\)/);
    assert.match(hover('chrony', 'pool 2.asia.pool.ntp.org iburst', 'asia', 'ko') ?? '', /NTP 풀: 아시아 대륙 영역\. 0~3 중 2번 부분 집합/);
    assert.match(hover('ntpd', 'pool 2.rhel.pool.ntp.org iburst', 'rhel') ?? '', /vendor zone of Red Hat Enterprise Linux/);
  });

  it('documents directives, options, restrict flags and enumeration values, with a docs link', () => {
    assert.match(
      hover('chrony', 'server a.example iburst', 'server') ?? '',
      /^\*\*server\*\*\n\n```\nserver hostname \[option\]\.\.\.\n```[\s\S]*\[Documentation\]\(https:\/\/chrony-project\.org\/doc\/4\.3\/chrony\.conf\.html#server\)$/,
    );
    assert.match(hover('chrony', 'server a.example iburst', 'iburst') ?? '', /^\*\*server iburst\*\*/);
    assert.match(hover('ntpd', 'restrict default nomodify', 'nomodify') ?? '', /^\*\*restrict nomodify\*\*/);
    assert.match(hover('chrony', 'leapsecmode slew', 'slew') ?? '', /^\*\*leapsecmode\*\* `mode`[\s\S]*Value: `slew`\n\n\S/);
    assert.match(hover('chrony', 'SERVER a.example IBURST', 'IBURST') ?? '', /server iburst/);
  });

  it('answers in Korean', () => {
    const text = hover('chrony', 'server a.example iburst', 'iburst', 'ko') ?? '';
    assert.match(text, /[\uac00-\ud7a3]/);
    assert.match(text, /\[문서\]/);
  });

  it('gives nothing for comments, blanks and unknown words', () => {
    assert.equal(hover('chrony', '# server a.example', 'server'), undefined);
    assert.equal(hover('chrony', 'frobnicate 3', 'frobnicate'), undefined);
    assert.equal(hoverAt(parseConfig('server a\n\n', 'chrony'), 1, 0, 'en'), null);
  });
});

describe('hover: the details of the findings under the cursor', () => {
  const finding: Finding = {
    code: 'too-few-sources',
    severity: 2,
    range: { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } },
    message: localized('Only 1 source', '소스 1개뿐'),
    detail: localized('With one source its errors pass into your clock.', '소스가 하나면 그 오류가 시계에 들어갑니다.'),
  };

  it('adds each finding detail under the word hover, in the UI language, only inside the finding range', () => {
    assert.deepEqual(findingDetailsAt([finding], 1, 3, 'ko'), ['**too-few-sources**: 소스가 하나면 그 오류가 시계에 들어갑니다.']);
    assert.deepEqual(findingDetailsAt([finding], 1, 17, 'en'), []);
    assert.deepEqual(findingDetailsAt([finding], 0, 3, 'en'), []);
    const combined = withFindingDetails({ contents: { kind: 'markdown', value: '**server**' } }, findingDetailsAt([finding], 1, 3, 'en'), {
      line: 1,
      character: 3,
    });
    assert.equal((combined?.contents as { value: string }).value, '**server**\n\n---\n\n**too-few-sources**: With one source its errors pass into your clock.');
  });
});
