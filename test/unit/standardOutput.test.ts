import * as assert from 'node:assert/strict';
import { descriptorOutput, type OutputSystem } from '../../cli/src/standardOutput';

/** A descriptor that takes `capacity` bytes and then answers `code`, and a stream behind it that takes everything. */
function descriptor(capacity: number, code: string) {
  const received: string[] = [];
  let writes = 0;
  const system: OutputSystem = {
    writeSync(_fd, bytes, offset, length) {
      writes++;
      if (capacity === 0) throw Object.assign(new Error(`${code}: write`), { code });
      const taken = Math.min(capacity, length);
      capacity -= taken;
      received.push(Buffer.from(bytes.subarray(offset, offset + taken)).toString('latin1'));
      return taken;
    },
    stream: () => ({
      on: () => process.stdout,
      write: (chunk: string | Uint8Array) => (received.push(Buffer.from(chunk).toString('latin1')), true),
    }),
  };
  return { system, text: () => Buffer.from(received.join(''), 'latin1').toString('utf8'), writes: () => writes };
}

describe('CLI output written to the descriptor', () => {
  it('hands the rest to the stream when a non-blocking descriptor is full (EAGAIN), keeping every byte in order', () => {
    // A non-blocking pipe that a slow reader of `ntpconf lint | …` has filled after 4 bytes (mid-character: 한 is 3).
    const pipe = descriptor(13, 'EAGAIN');
    const output = descriptorOutput(1, pipe.system);
    output.write('first line\n');
    output.write('한국어 second\n');
    output.write('third\n');
    assert.equal(pipe.text(), 'first line\n한국어 second\nthird\n');
    assert.equal(pipe.writes(), 3, 'after the hand-over, later text queues behind the stream instead of overtaking it');
  });

  it('stops quietly when the reader went away (EPIPE), without changing the exit status', () => {
    const pipe = descriptor(0, 'EPIPE');
    const before = process.exitCode;
    const output = descriptorOutput(1, pipe.system);
    output.write('a\n');
    output.write('b\n');
    assert.equal(pipe.writes(), 1);
    assert.equal(pipe.text(), '');
    assert.equal(process.exitCode, before);
  });
});
