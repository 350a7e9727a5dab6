import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';

const RETRY_WAIT = new Int32Array(new SharedArrayBuffer(4));

/** Why a file was not read: each gets its own message in the CLI and is silently skipped in the editor. */
type ReadRefusal = 'not-regular' | 'kernel-file' | 'too-large';

/** Thrown instead of reading something that is not a small regular file (a device, a FIFO, /proc, a huge file). */
export class FileRefusedError extends Error {
  constructor(
    readonly path: string,
    readonly reason: ReadRefusal,
    readonly limit: number,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'FileRefusedError';
  }
}

// /proc and /sys files claim to be regular with size 0 and can be endless; /dev holds devices.
const KERNEL_FILES = /^\/(proc|sys|dev)(\/|$)/;

/** True when the real path (after every symlink) lies in /proc, /sys or /dev. */
export function isKernelPath(realPath: string): boolean {
  return KERNEL_FILES.test(realPath.split('\\').join('/'));
}

/**
 * Reads at most `maxBytes` of a regular file. Throws FileRefusedError for anything else, and the usual
 * errno errors (ENOENT, EACCES…) for files that cannot be opened.
 * O_NONBLOCK keeps a FIFO from blocking the open; fstat on the opened descriptor judges what was really opened.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  // The native realpath is one system call; the JavaScript one stats every component of the path.
  const realPath = realpathSync.native(path);
  if (isKernelPath(realPath)) throw new FileRefusedError(path, 'kernel-file', maxBytes);
  const fd = openSync(realPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileRefusedError(path, 'not-regular', maxBytes);
    if (stats.size > maxBytes) throw new FileRefusedError(path, 'too-large', maxBytes);
    // The size can grow while we read, so the read itself is bounded too.
    const bytes = readAtMost(fd, maxBytes, stats.size, true);
    if (bytes.length > maxBytes) throw new FileRefusedError(path, 'too-large', maxBytes);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Up to `maxBytes + 1` bytes of `fd` (one more than allowed tells the caller it was too much).
 * A regular file reads short only at its end, so one read that falls short needs no second read to find it.
 */
function readAtMost(fd: number, maxBytes: number, sizeHint: number, regular = false): Buffer {
  // A known size is read into one byte more (the read that finds the end); 64 KiB blocks cost a fleet lint ~0.15 ms a file.
  let target = Buffer.allocUnsafe(Math.min(maxBytes + 1, sizeHint > 0 ? sizeHint + 1 : 64 * 1024));
  let filled = 0;
  for (;;) {
    if (filled === target.length) {
      if (target.length > maxBytes) break;
      const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, target.length * 2));
      target.copy(grown, 0, 0, filled);
      target = grown;
    }
    const wanted = target.length - filled;
    const count = readWaiting(fd, target, filled);
    if (count === 0) break;
    filled += count;
    if (regular && count < wanted) break;
  }
  return target.subarray(0, filled);
}

/** readSync that waits out EAGAIN: standard input may be a non-blocking pipe or terminal. */
function readWaiting(fd: number, target: Buffer, offset: number): number {
  for (;;) {
    try {
      return readSync(fd, target, offset, target.length - offset, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(RETRY_WAIT, 0, 0, 20);
    }
  }
}

/** Reads an open descriptor (standard input) to its end, refusing more than `maxBytes` as `name`. */
export function readDescriptor(fd: number, name: string, maxBytes: number): Buffer {
  const bytes = readAtMost(fd, maxBytes, 0);
  if (bytes.length > maxBytes) throw new FileRefusedError(name, 'too-large', maxBytes);
  return bytes;
}
