import { fstatSync, statSync, writeSync } from 'node:fs';
import type * as Tty from 'node:tty';

// process.stdout/stderr are built on first use and load node:stream (~4 ms of a 35 ms lint run): a short command
// writes to the descriptors itself, and hands over to the stream only where a write cannot finish at once.

/** Where output goes: a descriptor written synchronously, falling back to Node's stream on EAGAIN. */
export interface OutputChannel {
  write(text: string | Uint8Array): void;
}

/** What descriptorOutput writes with; tests give a descriptor that fills up or a reader that leaves. */
export interface OutputSystem {
  writeSync(fd: number, bytes: Uint8Array, offset: number, length: number): number;
  stream(fd: 1 | 2): Pick<NodeJS.WriteStream, 'on' | 'write'>;
}

const NODE_OUTPUT: OutputSystem = { writeSync, stream: (fd) => (fd === 1 ? process.stdout : process.stderr) };

/** A reader that went away (`| head`) ends the output quietly; other write errors set exit status 2. */
export function descriptorOutput(fd: 1 | 2, system: OutputSystem = NODE_OUTPUT): OutputChannel {
  let closed = false;
  let stream: ReturnType<OutputSystem['stream']> | undefined;
  const viaStream = (rest: Uint8Array): void => {
    if (stream === undefined) {
      stream = system.stream(fd);
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') process.exitCode = 2;
      });
    }
    stream.write(rest);
  };
  return {
    write(text) {
      if (closed) return;
      const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      // Once the stream has queued something, later text must queue behind it to keep the order.
      if (stream !== undefined) return viaStream(bytes);
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += system.writeSync(fd, bytes, offset, bytes.length - offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EAGAIN') return viaStream(bytes.subarray(offset));
          closed = true;
          if (code !== 'EPIPE') process.exitCode = 2;
          return;
        }
      }
    },
  };
}

/** isatty(fd) without loading node:tty (which loads node:net) for the usual non-terminals: pipes, files, /dev/null. */
export function isTerminal(fd: 1 | 2): boolean {
  try {
    const stats = fstatSync(fd);
    if (!stats.isCharacterDevice()) return false;
    // Windows has no /dev/null to compare with: its console is asked directly, below.
    if (process.platform !== 'win32' && stats.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:tty') as typeof Tty).isatty(fd);
}
