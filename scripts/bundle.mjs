// Bundles the extension client, the language server and the CLI into dist/ (small, fast to load).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';
import ts from 'typescript';

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
// `ntpconf lint` never shows the catalog's hover texts (two languages for every directive, option and value: 40% of
// the bundle), so its bundle carries them empty: less to read and compile at each start. Which arguments of the
// catalog builders are texts, by position; `doc`/`docs` properties likewise. Hover, completion and convert keep them.
const DOC_ARGUMENTS = { arg: [2, 3], flag: [1, 2], keyed: [2, 3], singleValue: [3], switchDirective: [2] };
const EMPTY_TEXT = { string: "''", localized: "{ en: '', ko: '' }" };
const withoutHoverTexts = {
  name: 'without-hover-texts',
  setup(build) {
    build.onLoad({ filter: /server[\\/]src[\\/]formats[\\/]ntpconf[\\/]catalog[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const source = ts.createSourceFile(args.path, text, ts.ScriptTarget.ES2022, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && DOC_ARGUMENTS[node.expression.text]) {
          for (const index of DOC_ARGUMENTS[node.expression.text]) {
            const argument = node.arguments[index];
            if (argument === undefined) continue;
            const literal = ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument) || ts.isTemplateExpression(argument);
            edits.push([argument.getStart(source), argument.end, literal ? EMPTY_TEXT.string : EMPTY_TEXT.localized]);
          }
        }
        if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && (node.name.text === 'doc' || node.name.text === 'docs')) {
          edits.push([node.initializer.getStart(source), node.initializer.end, node.name.text === 'doc' ? EMPTY_TEXT.localized : '{}']);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      // Outermost edits only (a doc inside a replaced argument is gone with it), applied from the end.
      edits.sort((a, b) => a[0] - b[0]);
      const outer = edits.filter(
        (edit, i) => !edits.some((other, j) => j !== i && other[0] <= edit[0] && edit[1] <= other[1] && (other[0] !== edit[0] || other[1] !== edit[1])),
      );
      let contents = text;
      for (const [start, end, replacement] of outer.reverse()) contents = contents.slice(0, start) + replacement + contents.slice(end);
      return { contents, loader: 'ts' };
    });
  },
};
const cli = { ...common, minify: true };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...cli, entryPoints: ['cli/src/cli.ts'], outfile: 'dist/cli.js', plugins: [commandsApart, withoutHoverTexts] }),
  ...CLI_COMMANDS.map((name) => esbuild.build({ ...cli, entryPoints: [`cli/src/${name}.ts`], outfile: `dist/${name}.js` })),
]);

// V8's code cache for the CLI's lint path (bin/codeCache.js): about half of a short run's time is compiling.
execFileSync(process.execPath, ['scripts/warmCliCache.cjs'], { stdio: 'inherit' });
