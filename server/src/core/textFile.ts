import { readRegularFile } from './boundedRead';
import { decodeUtf8KeepingBytes, encodeUtf8KeepingBytes } from './utf8KeepingBytes';

/** How a file was stored, so `lint --fix` writes it back the same way. */
type TextEncoding = 'utf8' | 'utf16le';

/** Far above any real configuration or script (a 300k-line ntp.conf is about 9 MiB), far below what hurts. */
export const MAX_LINT_BYTES = 16 * 1024 * 1024;

/** A file's text, and what is needed to turn the text back into the very same bytes. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** The odd last byte of a UTF-16 file, which no character holds. */
  readonly trailingByte?: number;
}

/** UTF-8 (invalid bytes kept), or UTF-16 LE with a byte order mark (what regedit exports .reg files as); the mark stays in the text. */
export function decodeText(bytes: Buffer): DecodedText {
  if (bytes.length < 2 || bytes[0] !== 0xff || bytes[1] !== 0xfe) return { text: decodeUtf8KeepingBytes(bytes), encoding: 'utf8' };
  const text = bytes.toString('utf16le');
  return bytes.length % 2 === 1 ? { text, encoding: 'utf16le', trailingByte: bytes[bytes.length - 1] } : { text, encoding: 'utf16le' };
}

/** The bytes of `decodeText(bytes)` are `bytes` again; what edits changed is encoded like the rest of the file. */
export function encodeText(decoded: DecodedText): Buffer {
  if (decoded.encoding === 'utf8') return encodeUtf8KeepingBytes(decoded.text);
  const units = Buffer.from(decoded.text, 'utf16le');
  return decoded.trailingByte === undefined ? units : Buffer.concat([units, Buffer.of(decoded.trailingByte)]);
}

/** Reads a regular file of at most MAX_LINT_BYTES; throws FileRefusedError for devices, FIFOs, /proc and larger files. */
export function readTextFile(path: string): DecodedText {
  return decodeText(readRegularFile(path, MAX_LINT_BYTES));
}
