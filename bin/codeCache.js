'use strict';
// Loads a bundle with V8's code cache, written at build time after a warm-up lint (Node 20 has no
// module.enableCompileCache): a short `ntpconf lint` then skips most parsing and compiling. V8 checks only the
// source's length, so the bundle ends with `// code-cache ID` (a hash of its text) and the cache is named by it:
// a rebuild drops or changes the tag. (A hand edit of dist/cli.js keeps the tag: rebuild after one.)
const buffer = require('buffer');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const CACHE_ID = /\n\/\/ code-cache ([0-9a-f]{16})\n$/;

/** The bundle is ASCII (esbuild escapes the rest): read as latin1 it becomes a one-byte string ~3× faster than UTF-8 decoding. */
function readSource(file) {
  const bytes = fs.readFileSync(file);
  return typeof buffer.isAscii === 'function' && buffer.isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
}

function compile(file, cachedData) {
  const source = readSource(file);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  return { exports: module.exports, script, source };
}

function cacheFile(file, source) {
  const id = CACHE_ID.exec(source.slice(-64))?.[1];
  return id === undefined ? undefined : `${file}.${id}.cache`;
}

/** require(file), with the code cache when there is one that matches; any trouble falls back to plain require. */
function requireWithCodeCache(file) {
  try {
    const tail = Buffer.alloc(64);
    const fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const read = fs.readSync(fd, tail, 0, 64, Math.max(0, size - 64));
    fs.closeSync(fd);
    const cache = cacheFile(file, tail.subarray(0, read).toString('latin1'));
    if (cache !== undefined && fs.existsSync(cache)) return compile(file, fs.readFileSync(cache)).exports;
  } catch {
    // An unreadable or stale cache only costs the time it would have saved.
  }
  return require(file);
}

/** Build step: tags the bundle with its hash, runs `warm` on its exports, then writes the cache with what it compiled. */
function writeCodeCache(file, warm) {
  const crypto = require('crypto');
  const text = readSource(file).replace(/\n\/\/ code-cache [0-9a-f]{16}\n$/, '\n');
  const id = crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
  fs.writeFileSync(file, `${text}// code-cache ${id}\n`);
  for (const old of fs.readdirSync(path.dirname(file))) {
    if (old.startsWith(`${path.basename(file)}.`) && old.endsWith('.cache')) fs.rmSync(path.join(path.dirname(file), old));
  }
  const { exports, script } = compile(file, undefined);
  return Promise.resolve(warm(exports)).then(() => fs.writeFileSync(`${file}.${id}.cache`, script.createCachedData()));
}

module.exports = { requireWithCodeCache, writeCodeCache };
