import * as assert from 'node:assert/strict';
import { particle } from '../../server/src/core/koreanParticles';

describe('Korean particles by the final sound of the word before them', () => {
  it('reads digits, letters and English words as a Korean admin would', () => {
    const cases: [string, Parameters<typeof particle>[1], string][] = [
      ['127.127.1.0', '을', '을'], // 영
      ['broadcast 224.0.1.1', '이', '이'], // 일
      ['minpoll 6', '으로', '으로'], // 육
      ['maxpoll 10', '과', '과'], // 십
      ['stratum 2', '은', '는'], // 이
      ['local stratum 7', '으로', '로'], // 칠: ㄹ takes 로
      ['server', '을', '를'], // 서버
      ['iburst', '은', '는'], // 아이버스트
      ['NTPsec', '은', '은'], // 엔티피섹
      ['ntpd 4.2.8', '은', '은'], // 팔
      ['chrony', '이', '가'], // 크로니
      ['pool', '으로', '로'], // 풀
      ['driftfile', '이', '이'], // 드리프트파일
      ['SHM', '은', '은'], // 에스에이치엠
      ['rtcsync', '으로', '로'], // 알티시싱크
      ['`restrict default`', '을', '를'], // quotes are silent
      ['w32time', '을', '을'], // 더블유삼십이타임
      ['W32Time', '은', '은'],
      ['localtime', '으로', '으로'], // 로컬타임
      ['커널', '으로', '로'],
      ['시계', '을', '를'],
      ['서버', '이', '가'],
    ];
    assert.deepEqual(
      cases.map(([word, form]) => [word, particle(word, form)]),
      cases.map(([word, , expected]) => [word, expected]),
    );
  });
});
