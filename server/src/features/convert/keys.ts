import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import type { ConversionContext } from './context';
import { CHRONY_KEYFILE } from './types';

/** ntpd key types and chrony's names for them; DES (`N`, `A`, `S`) has none. */
const KEY_TYPES: ReadonlyMap<string, string> = new Map([
  ['M', 'MD5'],
  ['MD5', 'MD5'],
  ['SHA', 'SHA1'],
  ['SHA1', 'SHA1'],
  ['SHA256', 'SHA256'],
  ['SHA384', 'SHA384'],
  ['SHA512', 'SHA512'],
  ['AES128CMAC', 'AES128'],
  ['AES-128-CMAC', 'AES128'],
  ['AES256CMAC', 'AES256'],
  ['AES-256-CMAC', 'AES256'],
]);
// ntpd reads a key of more than 20 characters as hex (ntp.keys(5)).
const MAX_ASCII_KEY = 20;
const HEX = /^[0-9a-fA-F]+$/;
/** chronyd refuses a CMAC key of another length ("Invalid length of AES128 key"). */
const CMAC_BITS: ReadonlyMap<string, number> = new Map([
  ['AES128', 128],
  ['AES256', 256],
]);

/** The key IDs `trustedkey` lines name, ranges `(1 ... 5)` included. */
export function trustedKeyIds(context: ConversionContext): Set<number> {
  const ids = new Set<number>();
  for (const line of directivesNamed(context.config, 'trustedkey')) {
    const words = context
      .words(line)
      .join(' ')
      .replace(/[()]/g, ' ')
      .split(/\s+/)
      .filter((w) => w !== '');
    for (let i = 0; i < words.length; i++) {
      if (words[i + 1] === '...' && /^\d+$/.test(words[i] as string) && /^\d+$/.test(words[i + 2] ?? '')) {
        for (let id = Number(words[i]); id <= Number(words[i + 2]) && ids.size < 65536; id++) ids.add(id);
        i += 2;
      } else if (/^\d+$/.test(words[i] as string)) ids.add(Number(words[i]));
    }
  }
  return ids;
}

/** `keys`, `trustedkey`, `requestkey`, `controlkey`: `keyfile`, the rest explained. */
export function convertKeyDirectives(context: ConversionContext): Map<ConfigLine, readonly string[]> {
  const out = new Map<ConfigLine, readonly string[]>();
  const keyfile = context.options.keyfilePath ?? CHRONY_KEYFILE;
  for (const line of directivesNamed(context.config, 'keys')) {
    out.set(line, [`keyfile ${keyfile}`]);
    context.note(
      line,
      'changed-meaning',
      'information',
      `chrony reads keys in its own format from ${keyfile}; give the ntpd keys file to \`ntpconf convert --keys\` to convert it.`,
      `chrony는 자체 형식의 키를 ${keyfile}에서 읽습니다. ntpd 키 파일은 \`ntpconf convert --keys\`에 주면 변환됩니다.`,
    );
  }
  for (const line of directivesNamed(context.config, 'trustedkey')) {
    out.set(line, []);
    context.note(
      line,
      'changed-meaning',
      'information',
      'chrony has no trusted-key list: a key works once it is in the key file and a source names it (`key N`). Untrusted keys are carried into chrony.keys commented out.',
      'chrony에는 신뢰 키 목록이 없습니다. 키 파일에 있고 소스가 `key N`으로 가리키면 쓰입니다. 신뢰하지 않은 키는 chrony.keys에 주석으로 옮깁니다.',
    );
  }
  for (const name of ['requestkey', 'controlkey']) {
    for (const line of directivesNamed(context.config, name)) {
      out.set(line, []);
      context.note(
        line,
        'not-needed',
        'information',
        `\`${name}\` authenticated ntpq/ntpdc changes; chronyc changes settings only over the local Unix socket (root or the chrony user), so it needs no key.`,
        `\`${name}\`는 ntpq/ntpdc의 변경 요청을 인증했습니다. chronyc는 로컬 Unix 소켓(root 또는 chrony 사용자)으로만 설정을 바꾸므로 키가 필요 없습니다.`,
      );
    }
  }
  return out;
}

interface ConvertedKeys {
  readonly text: string;
  readonly untrusted: number;
  readonly unsupported: number;
}

/** An ntpd keys file (`ID TYPE KEY`) as chrony.keys (`ID TYPE HEX:…` or `ASCII:…`); keys ntpd did not trust stay commented. */
export function convertKeysFile(text: string, trusted: ReadonlySet<number>): ConvertedKeys {
  let untrusted = 0;
  let unsupported = 0;
  const lines = text.split(/\r?\n/).map((raw) => {
    const body = raw.replace(/#.*$/, '').trim();
    if (body === '') return raw.trim() === '' ? '' : raw.trim();
    const [idText, typeText, key] = body.split(/\s+/);
    const type = KEY_TYPES.get((typeText ?? '').toUpperCase());
    if (idText === undefined || key === undefined || !/^\d+$/.test(idText) || type === undefined) {
      unsupported++;
      return `# not converted (chrony has no key type ${typeText ?? '?'}): ${idText ?? ''} ${typeText ?? ''} …`;
    }
    const hex = key.length > MAX_ASCII_KEY;
    const bits = hex ? key.length * 4 : key.length * 8;
    const required = CMAC_BITS.get(type);
    if ((hex && (!HEX.test(key) || key.length % 2 !== 0)) || (required !== undefined && bits !== required)) {
      unsupported++;
      const why =
        required !== undefined && bits !== required
          ? `chrony needs exactly ${required} bits for ${type}, this key has ${bits}`
          : 'not a whole number of hex bytes';
      return `# not converted (${why}; make a new one with chronyc keygen ${idText} ${type}): ${idText} ${typeText ?? ''} …`;
    }
    const converted = `${idText} ${type} ${hex ? `HEX:${key}` : `ASCII:${key}`}`;
    if (trusted.has(Number(idText))) return converted;
    untrusted++;
    return `#${converted}  (not a trustedkey in ntp.conf)`;
  });
  const header = '# chrony.keys converted from the ntpd keys file by ntpconf convert. Keep it readable by root and chrony only (mode 0640).';
  return { text: [header, ...lines].join('\n').replace(/\n+$/, '') + '\n', untrusted, unsupported };
}
