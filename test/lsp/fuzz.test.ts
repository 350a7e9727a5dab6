import { fuzzOptionsFromEnvironment, runFuzz } from './fuzz/run';

// A short seeded run by default; FUZZ_SEED, FUZZ_ITERATIONS and the limits come from the environment (test/lsp/README.md).
describe('LSP fuzzer: random edits and requests on every document kind (real process)', function () {
  const options = fuzzOptionsFromEnvironment();
  this.timeout(60_000 + options.iterations * options.requestTimeoutMs);

  it(`answers every request in range, stays alive and bounded (seed ${options.seed}, ${options.iterations} steps)`, async () => {
    const report = await runFuzz(options);
    if (process.env['FUZZ_VERBOSE'] === '1') console.log(JSON.stringify({ seed: options.seed, ...report }));
  });
});
