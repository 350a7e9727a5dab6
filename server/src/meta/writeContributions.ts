import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generatedFiles } from './generated';

/** `npm run generate`: rewrites every generated file that differs (see generated.ts). */
function main(root: string): void {
  const read = (file: string) => {
    const full = path.join(root, file);
    return existsSync(full) ? readFileSync(full, 'utf8') : '';
  };
  for (const { file, text } of generatedFiles(read)) {
    if (read(file) === text) continue;
    writeFileSync(path.join(root, file), text);
    console.log(`wrote ${file}`);
  }
}

main(process.argv[2] ?? path.resolve(__dirname, '../../../..'));
