import { createSocket, type Socket } from 'node:dgram';
import { isIPv4 } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A DNS server on 127.0.0.1 for tests: answers the A/AAAA records it is given, or swallows every query. */
export interface LoopbackDns {
  readonly server: string;
  /** Each question (retries included), in arrival order, with its Date.now(). */
  readonly questions: { readonly name: string; readonly type: string; readonly at: number }[];
  close(): Promise<void>;
}

const A = 1;
const AAAA = 28;

function questionOf(packet: Buffer): { name: string; type: number; end: number } | null {
  const labels: string[] = [];
  let at = 12;
  while (at < packet.length && packet[at] !== 0) {
    const length = packet[at]!;
    labels.push(packet.toString('latin1', at + 1, at + 1 + length));
    at += 1 + length;
  }
  if (at + 5 > packet.length) return null;
  return { name: labels.join('.').toLowerCase(), type: packet.readUInt16BE(at + 1), end: at + 5 };
}

function rdata(address: string): Buffer {
  if (isIPv4(address)) return Buffer.from(address.split('.').map(Number));
  const [head = '', tail = ''] = address.split('::');
  const words = (s: string): number[] => (s === '' ? [] : s.split(':').map((w) => parseInt(w, 16)));
  const all = [...words(head), ...new Array<number>(8 - words(head).length - words(tail).length).fill(0), ...words(tail)];
  const out = Buffer.alloc(16);
  all.forEach((w, i) => out.writeUInt16BE(w, i * 2));
  return out;
}

function answer(query: Buffer, records: ReadonlyMap<string, readonly string[]>): Buffer | null {
  const question = questionOf(query);
  if (question === null) return null;
  const known = records.get(question.name);
  const wanted = (known ?? []).filter((a) => (question.type === A ? isIPv4(a) : question.type === AAAA && !isIPv4(a)));
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  header.writeUInt16BE(known === undefined ? 0x8183 : 0x8180, 2); // response, recursion; NXDOMAIN for unknown names
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(wanted.length, 6);
  const answers = wanted.map((a) => {
    const data = rdata(a);
    const fixed = Buffer.alloc(12);
    fixed.writeUInt16BE(0xc00c, 0); // the name of the question
    fixed.writeUInt16BE(question.type, 2);
    fixed.writeUInt16BE(1, 4);
    fixed.writeUInt32BE(60, 6);
    fixed.writeUInt16BE(data.length, 10);
    return Buffer.concat([fixed, data]);
  });
  return Buffer.concat([header, query.subarray(12, question.end), ...answers]);
}

/** `records` undefined: a server that never answers. */
export function startLoopbackDns(records?: ReadonlyMap<string, readonly string[]>): Promise<LoopbackDns> {
  const socket: Socket = createSocket('udp4');
  const questions: { name: string; type: string; at: number }[] = [];
  socket.on('message', (query, peer) => {
    const question = questionOf(query);
    if (question !== null)
      questions.push({ name: question.name, type: question.type === A ? 'A' : question.type === AAAA ? 'AAAA' : String(question.type), at: Date.now() });
    const reply = records === undefined ? null : answer(query, records);
    if (reply !== null) socket.send(reply, peer.port, peer.address);
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      resolve({
        server: `127.0.0.1:${(socket.address() as AddressInfo).port}`,
        questions,
        close: () => new Promise((done) => socket.close(() => done())),
      });
    });
  });
}
