/**
 * Korean particles chosen by how the word before them is read aloud, as a Korean admin reads it:
 * digits as Sino-Korean numbers (`0` 영, `1` 일 …), Latin letters by their English names (`d` 디, `l` 엘 …),
 * and whole English words by common transliteration (a final m, n, ng or l is a final consonant; `-ck`, `-k` too).
 */
type Particle = '을' | '이' | '은' | '과' | '으로';

const PAIRS: Readonly<Record<Particle, readonly [string, string]>> = {
  을: ['을', '를'],
  이: ['이', '가'],
  은: ['은', '는'],
  과: ['과', '와'],
  으로: ['으로', '로'],
};

type Ending = 'none' | 'rieul' | 'other';

// 영 일 이 삼 사 오 육 칠 팔 구
const DIGITS: readonly Ending[] = ['other', 'rieul', 'none', 'other', 'none', 'none', 'other', 'rieul', 'rieul', 'none'];
// Letter names: 엘 (l), 알 (r) end in ㄹ; 엠 (m), 엔 (n) in another consonant; the rest (에이, 비, 씨, 엑스 …) in a vowel.
const LETTERS: Readonly<Record<string, Ending>> = { l: 'rieul', r: 'rieul', m: 'other', n: 'other' };

function hangulEnding(code: number): Ending {
  const final = (code - 0xac00) % 28;
  if (final === 0) return 'none';
  return final === 8 ? 'rieul' : 'other';
}

/** How a Latin word ends when read in Korean: by its last letter alone for acronyms, by transliteration for words. */
function latinEnding(word: string): Ending {
  const lower = word.toLowerCase();
  const isAcronym = word.length <= 4 && word === word.toUpperCase();
  if (isAcronym || lower.length === 1) return LETTERS[lower.at(-1) as string] ?? 'none';
  // A silent e after m or n keeps the consonant: time 타임, name 네임, zone 존.
  if (lower.endsWith('ng') || lower.endsWith('m') || lower.endsWith('n') || /[aeiou][mn]e$/.test(lower)) return 'other';
  if (lower.endsWith('l') || lower.endsWith('le')) return 'rieul';
  // -ck, -k, and a c after a vowel (sec 섹, mac 맥) end in ㄱ; sync (싱크) does not.
  if (lower.endsWith('ck') || (lower.endsWith('k') && !lower.endsWith('ke')) || /[aeiou]c$/.test(lower)) return 'other';
  return 'none';
}

function ending(text: string): Ending {
  // The last character that is read: closing quotes, brackets and punctuation are silent.
  const trimmed = text.replace(/[\s`'"()[\]{}.,:;!?*/\\<>-]+$/u, '');
  const last = trimmed.at(-1);
  if (last === undefined) return 'none';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return hangulEnding(code);
  if (/[0-9]/.test(last)) return DIGITS[Number(last)] as Ending;
  const word = /[A-Za-z]+$/.exec(trimmed)?.[0];
  return word === undefined ? 'none' : latinEnding(word);
}

/** The particle form that follows `word`: particle('127.127.1.0', '을') is '을', particle('server', '을') is '를'. */
export function particle(word: string | number, form: Particle): string {
  const end = ending(String(word));
  const [afterConsonant, afterVowel] = PAIRS[form];
  // (으)로 takes 로 after ㄹ as after a vowel.
  if (form === '으로') return end === 'other' ? afterConsonant : afterVowel;
  return end === 'none' ? afterVowel : afterConsonant;
}
