/** IP literal parsing and mask arithmetic for access-control rules (no DNS: host names stay names). */

export type AddressFamily = 'ipv4' | 'ipv6';

export interface IpAddress {
  readonly family: AddressFamily;
  /** 4 or 16 bytes, network order. */
  readonly bytes: readonly number[];
}

const DOTTED_QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIpv4(text: string): number[] | undefined {
  const match = DOTTED_QUAD.exec(text);
  if (match === null) return undefined;
  const bytes = match.slice(1, 5).map((part) => Number(part));
  return bytes.every((byte) => byte <= 255) ? bytes : undefined;
}

function parseGroups(text: string): number[] | undefined {
  if (text === '') return [];
  const bytes: number[] = [];
  const parts = text.split(':');
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as string;
    // An embedded IPv4 address may end an IPv6 literal (::ffff:10.0.0.1).
    if (index === parts.length - 1 && part.includes('.')) {
      const quad = parseIpv4(part);
      if (quad === undefined) return undefined;
      bytes.push(...quad);
      continue;
    }
    if (!HEX_GROUP.test(part)) return undefined;
    const value = Number.parseInt(part, 16);
    bytes.push(value >> 8, value & 0xff);
  }
  return bytes;
}

function parseIpv6(text: string): number[] | undefined {
  // ntpd accepts [v6] brackets; a %zone suffix does not change the address.
  const bare = text.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  if (!bare.includes(':')) return undefined;
  const halves = bare.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] as string);
  const tail = halves.length === 2 ? parseGroups(halves[1] as string) : [];
  if (head === undefined || tail === undefined) return undefined;
  if (halves.length === 1) return head.length === 16 ? head : undefined;
  const missing = 16 - head.length - tail.length;
  return missing >= 2 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : undefined;
}

export function parseIp(text: string): IpAddress | undefined {
  const v4 = parseIpv4(text);
  if (v4 !== undefined) return { family: 'ipv4', bytes: v4 };
  const v6 = parseIpv6(text);
  return v6 !== undefined ? { family: 'ipv6', bytes: v6 } : undefined;
}

/** `10.0.0.0/8` → address and prefix length; undefined when it is not address/number. */
export function parseCidr(text: string): { address: IpAddress; prefix: number; addressText: string } | undefined {
  const slash = text.lastIndexOf('/');
  if (slash < 0) return undefined;
  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const address = parseIp(addressText);
  if (address === undefined || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const bits = address.bytes.length * 8;
  return prefix <= bits ? { address, prefix, addressText } : undefined;
}

export function prefixMaskBytes(prefix: number, family: AddressFamily): number[] {
  const length = family === 'ipv4' ? 4 : 16;
  return Array.from({ length }, (_, index) => {
    const bits = Math.max(0, Math.min(8, prefix - index * 8));
    return (0xff << (8 - bits)) & 0xff;
  });
}

/** The mask as ntpd's `mask` option wants it: dotted quad, or compressed IPv6 (`ffff:ffff::`). */
export function formatMask(bytes: readonly number[]): string {
  if (bytes.length === 4) return bytes.join('.');
  const groups: number[] = [];
  for (let index = 0; index < 16; index += 2) groups.push(((bytes[index] as number) << 8) | (bytes[index + 1] as number));
  // Compress the longest run of zero groups, as RFC 5952 writes it.
  let bestStart = -1;
  let bestLength = 0;
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > bestLength && length > 1) {
      bestStart = start;
      bestLength = length;
    }
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export function isLoopback(address: IpAddress): boolean {
  if (address.family === 'ipv4') return address.bytes[0] === 127;
  return address.bytes.slice(0, 15).every((byte) => byte === 0) && address.bytes[15] === 1;
}
