import type { Token } from '../../core/token';
import { hasVariable, normalizeLookalikes, unquote } from '../../formats/script/lexer';
import type { ParsedW32time, RegistryWrite, W32tmCommand, W32tmSwitch } from '../../formats/script/types';
import { parsePeerList, type Peer, type PeerList } from '../../formats/w32time/peers';
import { subkeySpec, type RegistryValueSpec } from '../../formats/w32time/registryCatalog';

/** A peer list in the script: a `/manualpeerlist:` switch or an `NtpServer` registry value. */
export interface PeerListSite {
  readonly line: number;
  /** The list as written, without quotes. */
  readonly value: Token;
  readonly list: PeerList;
  /** For `/manualpeerlist`: the switch, its command and the words an unquoted list spilled into. */
  readonly command?: W32tmCommand;
  readonly option?: W32tmSwitch;
  readonly spilled: readonly Token[];
}

/** The words after `option` up to the next switch: the rest of a peer list written without quotes. */
function spilledWords(command: W32tmCommand, option: W32tmSwitch): Token[] {
  const after = option.value?.raw.end ?? option.nameToken.end;
  const next = command.switches.find((s) => s.nameToken.line === option.nameToken.line && s.nameToken.start > after);
  return command.strays.filter((w) => w.line === option.nameToken.line && w.start > after && (next === undefined || w.start < next.nameToken.start));
}

function isNtpServerWrite(write: RegistryWrite): boolean {
  return write.name?.text.toLowerCase() === 'ntpserver' && write.key.segments.map((s) => s.text.toLowerCase()).join('\\') === 'parameters';
}

// Several rules read the same peer lists; each script is read once.
const SITES = new WeakMap<ParsedW32time, readonly PeerListSite[]>();

export function peerListSites(script: ParsedW32time): readonly PeerListSite[] {
  const cached = SITES.get(script);
  if (cached) return cached;
  const sites: PeerListSite[] = [];
  for (const command of script.commands) {
    for (const option of command.switches) {
      if (option.name !== 'manualpeerlist' || option.value === undefined || hasVariable(option.value.token.text)) continue;
      const spilled = command.strays.length === 0 ? [] : spilledWords(command, option);
      const lists = spilled.length === 0 ? [] : [option.value.token, ...spilled].map((t) => parsePeerList(t));
      const list =
        spilled.length === 0
          ? parsePeerList(option.value.token)
          : { peers: lists.flatMap((l) => l.peers), badSeparators: lists.flatMap((l) => l.badSeparators) };
      sites.push({ line: option.nameToken.line, value: option.value.token, list, command, option, spilled });
    }
  }
  for (const write of script.registry) {
    if (write.data === undefined || !isNtpServerWrite(write) || hasVariable(write.data.text)) continue;
    const value = unquote(write.data).token;
    sites.push({ line: write.line, value, list: parsePeerList(value), spilled: [] });
  }
  SITES.set(script, sites);
  return sites;
}

export function allPeers(script: ParsedW32time): Peer[] {
  return peerListSites(script).flatMap((site) => site.list.peers);
}

/** The catalog entry for a registry write, when its key and name are known. */
export function valueSpec(write: RegistryWrite): RegistryValueSpec | undefined {
  if (write.name === undefined) return undefined;
  return subkeySpec(write.key.segments.map((s) => s.text))?.values[write.name.text.toLowerCase()];
}

/** The number a DWORD write stores: `dword:0000003c` is hex, `reg add /d 0x3c` or `/d 60` as written. */
export function registryNumber(write: RegistryWrite): number | undefined {
  if (write.data === undefined) return undefined;
  const text = normalizeLookalikes(unquote(write.data).token.text);
  if (write.form === 'reg-file') return /^[0-9a-f]{1,8}$/i.test(text) ? Number.parseInt(text, 16) : undefined;
  if (/^0x[0-9a-f]{1,8}$/i.test(text)) return Number.parseInt(text.slice(2), 16);
  if (/^\d{1,10}$/.test(text)) return Number.parseInt(text, 10);
  return undefined;
}

/** How a number is written back in the form of the write: `dword:0002a300` or `172800`. */
export function formatRegistryNumber(write: RegistryWrite, value: number): string {
  return write.form === 'reg-file' ? value.toString(16).padStart(8, '0') : String(value);
}

/** Writes of a value name under a subkey path (both compared case-insensitively, as the registry does). */
export function writesOf(script: ParsedW32time, subkey: string, name: string): RegistryWrite[] {
  const path = subkey.toLowerCase();
  const lower = name.toLowerCase();
  return script.registry.filter((w) => w.name?.text.toLowerCase() === lower && w.key.segments.map((s) => s.text.toLowerCase()).join('\\') === path);
}

/** The last line that makes the service read its configuration (`/config /update`, a service (re)start), or -1. */
export function lastApplyLine(script: ParsedW32time): number {
  let last = -1;
  for (const c of script.commands) if (c.verb?.name === 'config' && c.switches.some((s) => s.name === 'update')) last = Math.max(last, c.line);
  for (const s of script.services)
    if (/^(start|restart-service|start-service)$/i.test(s.action.text) && s.service.text.toLowerCase() === 'w32time') last = Math.max(last, s.line);
  return last;
}
