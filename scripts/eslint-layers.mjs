// An ESLint rule that keeps imports pointing down the layers listed in scripts/layers.json.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { layers } = JSON.parse(readFileSync(path.join(ROOT, 'scripts', 'layers.json'), 'utf8'));
const FOLDERS = Object.keys(layers).sort((a, b) => b.length - a.length);

/** The layer folder a repository path belongs to, or undefined outside every layer. */
export function layerOf(repoPath) {
  return FOLDERS.find((folder) => repoPath === folder || repoPath.startsWith(`${folder}/`));
}

/** Why importing `target` from `source` breaks the layers (repository paths), or undefined when allowed. */
export function layerViolation(source, target) {
  const from = layerOf(source);
  const to = layerOf(target);
  if (from === undefined || to === undefined || from === to) return undefined;
  return layers[from].includes(to) ? undefined : `${from} may not import ${to} (allowed: ${layers[from].join(', ') || 'nothing outside itself'})`;
}

const importDirection = {
  meta: { type: 'problem', docs: { description: 'Imports point down the layers of scripts/layers.json' }, schema: [] },
  create(context) {
    const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path
        .relative(ROOT, path.resolve(path.dirname(context.filename), spec))
        .split(path.sep)
        .join('/');
      const problem = layerViolation(file, target);
      if (problem) context.report({ node: node.source, message: problem });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const layersPlugin = { rules: { 'import-direction': importDirection } };
