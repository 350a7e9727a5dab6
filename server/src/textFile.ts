import { readFileSync, writeFileSync } from 'node:fs';

/** How a file was stored, so `lint --fix` writes it back the same way. */
export type TextEncoding = 'utf8' | 'utf16le';

/** Reads UTF-8, or UTF-16 LE with a byte order mark (what regedit exports .reg files as); the mark stays in the text. */
export function readTextFile(path: string): { text: string; encoding: TextEncoding } {
  const bytes = readFileSync(path);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.toString('utf16le'), encoding: 'utf16le' };
  return { text: bytes.toString('utf8'), encoding: 'utf8' };
}

export function writeTextFile(path: string, text: string, encoding: TextEncoding): void {
  writeFileSync(path, Buffer.from(text, encoding));
}
