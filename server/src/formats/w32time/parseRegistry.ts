import type { Token } from '../../core/token';
import { slice, unquote } from '../script/lexer';
import type { RegistryKey, RegistryType, RegistryWrite } from '../script/types';

/** The W32Time root: the service key or its Group Policy twin. */
const W32TIME_ROOT = /\\(?:Services|Microsoft)\\W32Time(?=\\|$)/i;

/** A registry path under W32Time, with the segments below W32Time; undefined for any other key. */
export function readW32timeKey(path: Token): RegistryKey | undefined {
  const text = path.text.replace(/\\+$/, '');
  const match = W32TIME_ROOT.exec(text);
  if (match === null) return undefined;
  const segments: Token[] = [];
  let start = match.index + match[0].length + 1;
  while (start < text.length) {
    const end = text.indexOf('\\', start) === -1 ? text.length : text.indexOf('\\', start);
    if (end > start) segments.push(slice(path, start, end));
    start = end + 1;
  }
  return { token: slice(path, 0, text.length), segments };
}

const REG_TYPES: readonly RegistryType[] = ['REG_SZ', 'REG_EXPAND_SZ', 'REG_MULTI_SZ', 'REG_DWORD', 'REG_QWORD', 'REG_BINARY', 'REG_NONE'];

function regType(text: string): RegistryType | undefined {
  const upper = text.toUpperCase();
  return REG_TYPES.find((t) => t === upper);
}

/** `reg add KEY /v NAME /t TYPE /d DATA /f`, options in any order; only writes below W32Time. */
export function readRegAdd(args: readonly Token[], line: number): RegistryWrite | undefined {
  let key: RegistryKey | undefined;
  let name: Token | undefined;
  let type: RegistryWrite['type'];
  let data: Token | undefined;
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as Token;
    const option = word.text.toLowerCase();
    const next = args[i + 1];
    if ((option === '/v' || option === '/t' || option === '/d' || option === '/s') && next !== undefined) {
      const value = unquote(next).token;
      if (option === '/v') name = value;
      else if (option === '/d') data = value;
      else if (option === '/t') {
        const parsed = regType(value.text);
        if (parsed) type = { value: parsed, token: value };
      }
      i++;
    } else if (!word.text.startsWith('/') && key === undefined) {
      key = readW32timeKey(unquote(word).token) ?? undefined;
      if (key === undefined) return undefined;
    }
  }
  if (key === undefined) return undefined;
  const nameWord = name === undefined ? undefined : args.find((w) => w.start <= name.start && name.end <= w.end);
  return {
    line,
    form: 'reg-add',
    key,
    ...(name ? { name } : {}),
    ...(type ? { type } : {}),
    ...(data ? { data } : {}),
    ...(type === undefined && nameWord ? { typeInsertAt: nameWord.end } : {}),
  };
}

const POWERSHELL_TYPES: Readonly<Record<string, RegistryType>> = {
  string: 'REG_SZ',
  expandstring: 'REG_EXPAND_SZ',
  multistring: 'REG_MULTI_SZ',
  dword: 'REG_DWORD',
  qword: 'REG_QWORD',
  binary: 'REG_BINARY',
};

/** `Set-ItemProperty -Path KEY -Name NAME -Value DATA [-Type T]` and `New-ItemProperty … -PropertyType T`; positional Path, Name, Value. */
export function readPowerShellProperty(args: readonly Token[], line: number): RegistryWrite | undefined {
  const named = new Map<string, Token>();
  const positional: Token[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as Token;
    if (/^-[A-Za-z]/.test(word.text)) {
      const parameter = word.text.slice(1).toLowerCase();
      const next = args[i + 1];
      if (parameter === 'force' || parameter === 'passthru' || next === undefined) continue;
      named.set(parameter, unquote(next).token);
      i++;
    } else positional.push(unquote(word).token);
  }
  const path = named.get('path') ?? named.get('literalpath') ?? positional[0];
  const name = named.get('name') ?? positional[1];
  const data = named.get('value') ?? positional[2];
  const typeWord = named.get('type') ?? named.get('propertytype');
  const key = path === undefined ? undefined : readW32timeKey(path);
  if (key === undefined) return undefined;
  const type = typeWord === undefined ? undefined : POWERSHELL_TYPES[typeWord.text.toLowerCase()];
  return {
    line,
    form: 'powershell',
    key,
    ...(name ? { name } : {}),
    ...(data ? { data } : {}),
    ...(type && typeWord ? { type: { value: type, token: typeWord } } : {}),
  };
}

const REG_FILE_VALUE = /^(\s*)("(?:[^"\\]|\\.)*"|@)\s*=\s*(.*?)\s*$/;
const REG_FILE_HEX = /^hex(?:\(([0-9a-f]+)\))?:/i;
const HEX_TYPES: Readonly<Record<string, RegistryType>> = { '': 'REG_BINARY', '0': 'REG_NONE', '2': 'REG_EXPAND_SZ', '7': 'REG_MULTI_SZ', b: 'REG_QWORD' };

/** `"Name"="text"`, `"Name"=dword:0000003c`, `"Name"=hex(2):…` inside a `[…\W32Time…]` section of a .reg file. */
export function readRegFileValue(text: string, line: number, key: RegistryKey): RegistryWrite | undefined {
  const match = REG_FILE_VALUE.exec(text);
  if (match === null) return undefined;
  const nameStart = (match[1] as string).length;
  const rawName = match[2] as string;
  const name: Token | undefined = rawName === '@' ? undefined : { text: rawName.slice(1, -1), line, start: nameStart + 1, end: nameStart + rawName.length - 1 };
  const rawData = match[3] as string;
  const dataStart = text.trimEnd().length - rawData.length;
  const whole: Token = { text: rawData, line, start: dataStart, end: dataStart + rawData.length };
  const base = { line, form: 'reg-file' as const, key, ...(name ? { name } : {}) };
  if (rawData === '-') return base;
  if (rawData.startsWith('"')) {
    const data = unquote(whole).token;
    return { ...base, type: { value: 'REG_SZ', token: slice(whole, 0, 1) }, data };
  }
  const dword = /^dword:/i.exec(rawData);
  if (dword) return { ...base, type: { value: 'REG_DWORD', token: slice(whole, 0, 5) }, data: slice(whole, 6) };
  const hex = REG_FILE_HEX.exec(rawData);
  if (hex) {
    const type = HEX_TYPES[(hex[1] ?? '').toLowerCase()] ?? 'REG_BINARY';
    return { ...base, type: { value: type, token: slice(whole, 0, hex[0].length - 1) }, data: slice(whole, hex[0].length) };
  }
  return { ...base, data: whole };
}
