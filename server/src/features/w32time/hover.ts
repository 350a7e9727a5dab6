import type { Hover } from 'vscode-languageserver-types';
import { formatSeconds } from '../../formats/ntpconf/catalog/units';
import { pick, type Language } from '../../core/localized';
import type { Token } from '../../core/token';
import { unquote } from '../../formats/script/lexer';
import type { ParsedW32time, RegistryKey, RegistryWrite, W32tmCommand } from '../../formats/script/types';
import { tokenRange } from '../../core/finding';
import { flagNames, parsePeerList } from '../../formats/w32time/peers';
import { REGISTRY_DOCS, subkeySpec, type RegistryValueSpec } from '../../formats/w32time/registryCatalog';
import { switchSpec, VERBS, W32TM_DOCS } from '../../formats/w32time/w32tmCatalog';

const LABELS = {
  en: { docs: 'Documentation', value: 'Value', default: 'Default', range: 'Range', flags: 'Flags', reserved: 'Maintained by Windows: do not change it.' },
  ko: { docs: '문서', value: '값', default: '기본값', range: '범위', flags: '플래그', reserved: 'Windows가 관리하는 값이므로 바꾸지 마세요.' },
} as const;

const within = (token: Token, line: number, character: number) => token.line === line && token.start <= character && character <= token.end;

function hover(value: string, token: Token): Hover {
  return { contents: { kind: 'markdown', value }, range: tokenRange(token) };
}

/** `0x9` → "SpecialInterval + Client"; for a peer, what its flags do. */
function peerHover(list: Token, line: number, character: number, language: Language): Hover | null {
  const peer = parsePeerList(list).peers.find((p) => within(p.host, line, character) || (p.flags !== undefined && within(p.flags, line, character)));
  if (peer === undefined) return null;
  const value = peer.flagValue ?? 0;
  const names = peer.flags === undefined ? (language === 'ko' ? '없음 (대칭 능동 모드)' : 'none (symmetric active mode)') : flagNames(value).join(' + ') || '0';
  const client =
    (value & 0x8) !== 0
      ? language === 'ko'
        ? '클라이언트 모드로 요청합니다.'
        : 'Requests are sent in client mode.'
      : language === 'ko'
        ? '클라이언트 플래그 0x8이 없어 대칭 능동 모드로 요청합니다.'
        : 'Without the client flag 0x8 requests go out in symmetric active mode.';
  const token = peer.flags !== undefined && within(peer.flags, line, character) ? peer.flags : peer.host;
  return hover([`**${peer.host.text}**`, '', `${LABELS[language].flags}: \`${peer.flags?.text ?? '—'}\` → ${names}`, '', client].join('\n'), token);
}

function commandHover(command: W32tmCommand, line: number, character: number, language: Language): Hover | null {
  const docs = `[${LABELS[language].docs}](${W32TM_DOCS[language]})`;
  if (within(command.program, line, character)) {
    const verbs = Object.values(VERBS)
      .map((v) => `\`/${v.name}\``)
      .join(' ');
    const intro =
      language === 'ko'
        ? 'Windows 시간 서비스(W32Time)를 구성하고 진단하는 명령줄 도구. 작업:'
        : 'The command-line tool that configures and diagnoses the Windows Time service (W32Time). Operations:';
    return hover([`**w32tm**`, '', intro, verbs, '', docs].join('\n'), command.program);
  }
  for (const option of command.switches) {
    const spec = switchSpec(option.name, command.verb?.name);
    if (spec === undefined) continue;
    if (option.name === 'manualpeerlist' && option.value && within(option.value.token, line, character))
      return peerHover(option.value.token, line, character, language);
    const onValue = option.value !== undefined && within(option.value.token, line, character);
    if (!within(option.nameToken, line, character) && !onValue) continue;
    const signature = `/${spec.name}${spec.value ? `:${spec.value.placeholder}` : ''}`;
    const lines = [`**w32tm ${command.verb && command.verb !== option ? `/${command.verb.name} ` : ''}${signature}**`, '', pick(spec.doc, language)];
    const keyword =
      onValue && spec.value?.values ? Object.entries(spec.value.values).find(([k]) => k.toLowerCase() === option.value?.token.text.toLowerCase()) : undefined;
    if (keyword) lines.push('', `${LABELS[language].value}: \`${keyword[0]}\` → ${pick(keyword[1], language)}`);
    else if (spec.value?.values)
      lines.push(
        '',
        Object.entries(spec.value.values)
          .map(([k, d]) => `- \`${k}\`: ${pick(d, language)}`)
          .join('\n'),
      );
    return hover([...lines, '', docs].join('\n'), onValue && option.value ? option.value.token : option.nameToken);
  }
  return null;
}

/** A number with its unit made concrete: `60` → 1 min, `10` (log2) → 2^10 = 1024 s. */
function concrete(value: number, spec: RegistryValueSpec, language: Language): string | undefined {
  switch (spec.unit) {
    case 'seconds':
      return value === 0xffffffff ? (language === 'ko' ? '제한 없음' : 'no limit') : formatSeconds(value, language);
    case 'log2-seconds':
      return `2^${value} = ${formatSeconds(2 ** value, language)}`;
    case 'milliseconds':
      return formatSeconds(value / 1000, language);
    case '10ms':
      return formatSeconds(value / 100, language);
    case '100ns':
      return formatSeconds(value / 1e7, language);
    case 'minutes':
      return formatSeconds(value * 60, language);
    default:
      return undefined;
  }
}

function dataMeaning(write: RegistryWrite, spec: RegistryValueSpec, language: Language): string | undefined {
  const text = unquote(write.data as Token).token.text;
  const number =
    write.form === 'reg-file' && spec.type === 'REG_DWORD'
      ? Number.parseInt(text, 16)
      : /^0x[0-9a-f]+$/i.test(text)
        ? Number.parseInt(text.slice(2), 16)
        : Number(text);
  const keyword = spec.values
    ? Object.entries(spec.values).find(
        ([k]) => k.toLowerCase() === (Number.isFinite(number) && spec.type === 'REG_DWORD' ? String(number) : text.toLowerCase()),
      )
    : undefined;
  if (keyword) return pick(keyword[1], language);
  if (!Number.isFinite(number) || spec.type !== 'REG_DWORD') return undefined;
  if (spec.flags)
    return (
      Object.entries(spec.flags)
        .filter(([bit]) => (number & Number(bit)) !== 0)
        .map(([, d]) => pick(d, language))
        .join(' + ') || '0'
    );
  return concrete(number, spec, language);
}

function valueHover(write: RegistryWrite, spec: RegistryValueSpec, onData: boolean, language: Language): string {
  const labels = LABELS[language];
  const unit = spec.unit ? ` · ${spec.unit}` : '';
  const lines = [`**${spec.name}** · \`${spec.type}\`${unit}`, '', pick(spec.doc, language)];
  if (spec.reserved) lines.push('', labels.reserved);
  if (write.data !== undefined && onData) {
    const meaning = dataMeaning(write, spec, language);
    lines.push('', `${labels.value}: \`${write.data.text}\`${meaning ? ` → ${meaning}` : ''}`);
  }
  if (spec.flags)
    lines.push(
      '',
      `${labels.flags}: ${Object.entries(spec.flags)
        .map(([bit, d]) => `\`0x${Number(bit).toString(16)}\` ${pick(d, language)}`)
        .join(', ')}`,
    );
  if (spec.min !== undefined || spec.max !== undefined) lines.push('', `${labels.range}: ${spec.min ?? 0}–${spec.max ?? '0xFFFFFFFF'}`);
  if (spec.defaults) lines.push('', `${labels.default}: ${pick(spec.defaults, language)}`);
  return [...lines, '', `[${labels.docs}](${REGISTRY_DOCS[language]})`].join('\n');
}

function keyHover(key: RegistryKey, line: number, character: number, language: Language): Hover | null {
  const index = key.segments.findIndex((s) => within(s, line, character));
  if (index === -1) return null;
  const segment = key.segments[index] as Token;
  const spec = subkeySpec(key.segments.slice(0, index + 1).map((s) => s.text));
  if (spec === undefined) return null;
  return hover([`**W32Time\\${spec.path}**`, '', pick(spec.doc, language), '', `[${LABELS[language].docs}](${REGISTRY_DOCS[language]})`].join('\n'), segment);
}

function registryHover(write: RegistryWrite, line: number, character: number, language: Language): Hover | null {
  const spec = write.name === undefined ? undefined : subkeySpec(write.key.segments.map((s) => s.text))?.values[write.name.text.toLowerCase()];
  if (spec && write.name && within(write.name, line, character)) return hover(valueHover(write, spec, false, language), write.name);
  if (spec && write.data && within(write.data, line, character)) {
    if (spec.name === 'NtpServer')
      return peerHover(unquote(write.data).token, line, character, language) ?? hover(valueHover(write, spec, true, language), write.data);
    return hover(valueHover(write, spec, true, language), write.data);
  }
  return keyHover(write.key, line, character, language);
}

/** Hover for the W32Time statement under the cursor; nothing anywhere else in the script. */
export function w32timeHoverAt(script: ParsedW32time, line: number, character: number, language: Language): Hover | null {
  for (const command of script.commands) {
    if (command.program.line > line || command.end.line < line) continue;
    const found = commandHover(command, line, character, language);
    if (found) return found;
  }
  for (const write of script.registry) {
    if (write.line !== line) continue;
    const found = registryHover(write, line, character, language);
    if (found) return found;
  }
  for (const section of script.sections) {
    if (section.token.line === line) return keyHover(section, line, character, language);
  }
  for (const service of script.services) {
    if (service.line !== line || !within(service.service, line, character)) continue;
    const text =
      language === 'ko'
        ? '**w32time**: Windows 시간 서비스의 서비스 이름입니다. `w32tm`은 이 서비스를 다루는 명령줄 도구이지 서비스 이름이 아닙니다.'
        : '**w32time**: the service name of Windows Time. `w32tm` is the command-line tool for it, not a service name.';
    return hover(text, service.service);
  }
  return null;
}
