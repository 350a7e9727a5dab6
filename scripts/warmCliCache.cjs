// Build step (its own process, so V8's flags match a plain `node`): lints sample configs with dist/cli.js and
// writes the code cache bin/codeCache.js loads, so a short run finds the lint path compiled already.
const fs = require('fs');
const path = require('path');
const { writeCodeCache } = require('../bin/codeCache');

const root = path.join(__dirname, '..');
const samples = ['chrony.conf', 'ntp.conf'].map((name) => path.join(root, 'test', 'fixtures', 'samples', name)).filter((file) => fs.existsSync(file));
// Without the test fixtures (a packed tree), a short chrony.conf on standard input warms the same path.
const STDIN = 'pool 2.pool.ntp.org iburst\nserver 192.0.2.1 iburst\ndriftfile /var/lib/chrony/drift\nmakestep 1.0 3\nrtcsync\n';
const discard = { stdout: () => {}, stderr: () => {}, env: {}, readStdin: () => STDIN };

void writeCodeCache(path.join(root, 'dist', 'cli.js'), (cli) => {
  for (const format of ['text', 'json']) cli.runLint(['--format', format, ...(samples.length > 0 ? samples : ['-'])], discard);
});
