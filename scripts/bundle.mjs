// Bundles the extension client, the language server and the CLI into dist/ (small, fast to load).
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.env.NODE_ENV === 'production',
  logLevel: 'warning',
};

// The CLI is started once per command, often for one small file: always minified (less to parse), and the
// commands other than lint are their own files, required by cli.js only when named (cjs has no splitting).
const CLI_COMMANDS = ['probeCli', 'checkHostCli', 'convertCli'];
const commandsApart = {
  name: 'cli-commands-apart',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^\\./(${CLI_COMMANDS.join('|')})$`) }, (args) =>
      args.importer.endsWith('cli/src/cli.ts') ? { path: `${args.path}.js`, external: true } : undefined,
    );
  },
};
const cli = { ...common, minify: true };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...cli, entryPoints: ['cli/src/cli.ts'], outfile: 'dist/cli.js', plugins: [commandsApart] }),
  ...CLI_COMMANDS.map((name) => esbuild.build({ ...cli, entryPoints: [`cli/src/${name}.ts`], outfile: `dist/${name}.js` })),
]);

// V8's code cache for the CLI's lint path (bin/codeCache.js): about half of a short run's time is compiling.
execFileSync(process.execPath, ['scripts/warmCliCache.cjs'], { stdio: 'inherit' });
