import { readFileSync } from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/** The version in the project's package.json, found above this file (dist/ when bundled, out/cli/src in tests). */
export function toolVersion(): string {
  if (cached !== undefined) return cached;
  let directory = __dirname;
  for (let depth = 0; depth < 5; depth++) {
    try {
      const json = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (json.name === 'ntp-config' && typeof json.version === 'string') return (cached = json.version);
    } catch {
      // No package.json here: look one folder up.
    }
    directory = path.dirname(directory);
  }
  return (cached = '0.0.0');
}
