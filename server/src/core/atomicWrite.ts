import type * as Crypto from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import * as path from 'node:path';

/** writeSync's shape; tests pass one that fails like a full disk. */
type WriteBytes = (fd: number, data: Uint8Array, offset: number, length: number) => number;

const writeBytes: WriteBytes = (fd, data, offset, length) => writeSync(fd, data, offset, length);

function writeAll(fd: number, data: Uint8Array, write: WriteBytes): void {
  for (let offset = 0; offset < data.length;) offset += write(fd, data, offset, data.length - offset);
}

/** A new file next to the target, so the rename stays on one file system; O_EXCL never reuses someone else's file. */
function createTemporary(realPath: string): { fd: number; temporary: string } {
  // Loaded here: node:crypto costs a plain lint ~2 ms of start-up, and only --fix writes files.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { randomBytes } = require('node:crypto') as typeof Crypto;
  const temporary = path.join(path.dirname(realPath), `.${path.basename(realPath)}.ntpconf-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  return { fd, temporary };
}

// After the rename the directory entry itself must reach the disk; some systems cannot sync a directory.
function syncDirectory(directory: string): void {
  try {
    const fd = openSync(directory, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort: the data is already safe in the renamed file.
  }
}

/**
 * Replaces a file's contents all at once: a temporary file in the same directory is written, synced, given the
 * original's mode (and owner, when root), then renamed over the real path, so a full disk or a crash leaves the old
 * file whole. A symlink stays a link to the replaced target. On failure the temporary file is removed and the error thrown.
 */
export function writeFileAtomically(file: string, data: Uint8Array, write: WriteBytes = writeBytes): void {
  const realPath = realpathSync(file);
  const original = statSync(realPath);
  const { fd, temporary } = createTemporary(realPath);
  let open = true;
  try {
    writeAll(fd, data, write);
    fsyncSync(fd);
    const written = fstatSync(fd);
    // Owner first: chown clears set-user-ID bits that the mode then restores.
    if (process.getuid?.() === 0 && (written.uid !== original.uid || written.gid !== original.gid)) fchownSync(fd, original.uid, original.gid);
    fchmodSync(fd, original.mode & 0o7777);
    open = false;
    closeSync(fd);
    renameSync(temporary, realPath);
  } catch (error) {
    if (open) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed or never created: nothing to clean up.
    }
    throw error;
  }
  syncDirectory(path.dirname(realPath));
}
