import { isUtf8 } from 'node:buffer';

// A byte that is not part of valid UTF-8 becomes one of U+DC80–U+DCFF (Python's "surrogateescape"), so
// re-encoding restores it exactly instead of writing U+FFFD. Valid UTF-8 never decodes to a lone surrogate.
const ESCAPE_BASE = 0xdc00;
const ESCAPED_BYTE = /[\udc80-\udcff]/gu;

function isContinuation(byte: number | undefined, low = 0x80, high = 0xbf): boolean {
  return byte !== undefined && byte >= low && byte <= high;
}

/** The length of the valid UTF-8 sequence at `i` (shortest form, no surrogates, at most U+10FFFF), or 0. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number;
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return isContinuation(bytes[i + 1]) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return isContinuation(bytes[i + 1], low, high) && isContinuation(bytes[i + 2]) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return isContinuation(bytes[i + 1], low, high) && isContinuation(bytes[i + 2]) && isContinuation(bytes[i + 3]) ? 4 : 0;
  }
  return 0;
}

/** Decodes UTF-8; each invalid byte (a Latin-1 comment, say) is kept as an escape that encodeUtf8KeepingBytes restores. */
export function decodeUtf8KeepingBytes(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let text = '';
  let runStart = 0;
  for (let i = 0; i < bytes.length;) {
    const length = validSequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    text += bytes.toString('utf8', runStart, i) + String.fromCharCode(ESCAPE_BASE + (bytes[i] as number));
    runStart = ++i;
  }
  return text + bytes.toString('utf8', runStart);
}

/** Encodes as UTF-8, writing escaped bytes back as the bytes they were. */
export function encodeUtf8KeepingBytes(text: string): Buffer {
  const parts: Buffer[] = [];
  let last = 0;
  for (const match of text.matchAll(ESCAPED_BYTE)) {
    parts.push(Buffer.from(text.slice(last, match.index), 'utf8'), Buffer.of(match[0].charCodeAt(0) - ESCAPE_BASE));
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return Buffer.from(text, 'utf8');
  parts.push(Buffer.from(text.slice(last), 'utf8'));
  return Buffer.concat(parts);
}
