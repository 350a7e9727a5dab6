import type { Token } from '../../core/token';
import { isBlank, slice } from '../script/lexer';

/** One time source of `NtpServer` or `/manualpeerlist`: `host[,flags]`. */
export interface Peer {
  readonly host: Token;
  /** The text after the comma (`0x9`; also malformed forms such as `9` or `0×9`). */
  readonly flags?: Token;
  /** The flags as a number when they can be read unambiguously. */
  readonly flagValue?: number;
}

export interface PeerList {
  readonly peers: readonly Peer[];
  /** Commas or semicolons used between two host names, where W32Time expects a blank. */
  readonly badSeparators: readonly Token[];
}

export const PEER_FLAGS = { specialInterval: 0x1, fallbackOnly: 0x2, symmetricActive: 0x4, client: 0x8 } as const;
export const KNOWN_FLAG_BITS = 0xf;

const HEX_FLAGS = /^0[x\u00d7X][0-9a-fA-F]+$/;
const DIGITS = /^\d+$/;

function isFlagText(text: string): boolean {
  return HEX_FLAGS.test(text) || DIGITS.test(text);
}

/** `0x9` and `0×9` read as hex; a single digit reads the same in hex and decimal; anything else is unreadable. */
export function flagValue(text: string): number | undefined {
  if (HEX_FLAGS.test(text)) return Number.parseInt(text.slice(2), 16);
  if (/^\d$/.test(text)) return Number.parseInt(text, 10);
  return undefined;
}

/** How a flags value is written in the guides and Microsoft's examples: `0x9`. */
export function formatFlags(value: number): string {
  return `0x${value.toString(16)}`;
}

/** Splits a peer list (already unquoted) into peers; `a,b` and `a;b` are two peers with a wrong separator. */
export function parsePeerList(value: Token): PeerList {
  const peers: Peer[] = [];
  const badSeparators: Token[] = [];
  const text = value.text;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isBlank(text[i])) i++;
    if (i >= text.length) break;
    const entryStart = i;
    while (i < text.length && !isBlank(text[i])) i++;
    // Parts of one blank-free entry: host, then flags or (wrongly) another host.
    const parts: { start: number; end: number; separator?: string }[] = [];
    let partStart = entryStart;
    for (let j = entryStart; j <= i; j++) {
      const ch = text[j];
      if (j === i || ch === ',' || ch === ';') {
        parts.push({ start: partStart, end: j, ...(j < i ? { separator: ch as string } : {}) });
        partStart = j + 1;
      }
    }
    let current: { host: Token; flags?: Token } | undefined;
    let previousSeparator: { at: number; ch: string } | undefined;
    for (const part of parts) {
      const piece = slice(value, part.start, part.end);
      const isFlags = current !== undefined && current.flags === undefined && previousSeparator?.ch === ',' && isFlagText(piece.text);
      if (isFlags && current) current.flags = piece;
      else if (piece.text.length > 0) {
        if (current) peers.push(toPeer(current));
        if (previousSeparator && current) badSeparators.push(slice(value, previousSeparator.at, previousSeparator.at + 1));
        current = { host: piece };
      }
      previousSeparator = part.separator === undefined ? undefined : { at: part.end, ch: part.separator };
    }
    if (current) peers.push(toPeer(current));
  }
  return { peers, badSeparators };
}

function toPeer(entry: { host: Token; flags?: Token }): Peer {
  if (entry.flags === undefined) return { host: entry.host };
  const value = flagValue(entry.flags.text);
  return value === undefined ? { host: entry.host, flags: entry.flags } : { host: entry.host, flags: entry.flags, flagValue: value };
}

/** Names of the flags set in a value, for hovers and messages. */
export function flagNames(value: number): string[] {
  const names: string[] = [];
  if (value & PEER_FLAGS.specialInterval) names.push('SpecialInterval');
  if (value & PEER_FLAGS.fallbackOnly) names.push('UseAsFallbackOnly');
  if (value & PEER_FLAGS.symmetricActive) names.push('SymmetricActive');
  if (value & PEER_FLAGS.client) names.push('Client');
  return names;
}
