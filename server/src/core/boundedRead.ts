import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';

/** Why a file was not read: each gets its own message in the CLI and is silently skipped in the editor. */
export type ReadRefusal = 'not-regular' | 'kernel-file' | 'too-large';

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
  const realPath = realpathSync(path);
  if (isKernelPath(realPath)) throw new FileRefusedError(path, 'kernel-file', maxBytes);
  const fd = openSync(realPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileRefusedError(path, 'not-regular', maxBytes);
    if (stats.size > maxBytes) throw new FileRefusedError(path, 'too-large', maxBytes);
    // The size can grow while we read, so the read itself is bounded too.
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(stats.size + 1, 64 * 1024)));
    let filled = 0;
    let target = buffer;
    for (;;) {
      if (filled === target.length) {
        if (target.length > maxBytes) break;
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, target.length * 2));
        target.copy(grown, 0, 0, filled);
        target = grown;
      }
      const count = readSync(fd, target, filled, target.length - filled, null);
      if (count === 0) break;
      filled += count;
    }
    if (filled > maxBytes) throw new FileRefusedError(path, 'too-large', maxBytes);
    return target.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}
