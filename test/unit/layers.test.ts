import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

// Import direction is enforced by ESLint (scripts/eslint-layers.mjs); this test finds cycles between folders.
const ROOT = path.resolve(__dirname, '../../..');
const SOURCE_ROOTS = ['server/src', 'verify/src', 'cli/src', 'client/src'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const child = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(child);
    return entry.name.endsWith('.ts') ? [child] : [];
  });
}

/** Folder → folders its files import (each folder a node, as the layer rules see them). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of SOURCE_ROOTS.flatMap(sourceFiles)) {
    const from = path.posix.dirname(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const match of readFileSync(path.join(ROOT, file), 'utf8').matchAll(IMPORT)) {
      const target = path.posix.dirname(path.posix.normalize(path.posix.join(from, match[1] as string)));
      // `./x` may name x.ts or x/index.ts; both live under `from` or in it, never a cycle of their own.
      if (target !== from && !target.startsWith(`${from}/`)) edges.add(target);
    }
  }
  return graph;
}

/** Strongly connected components with more than one folder: each is an import cycle. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('architecture', () => {
  it('puts every source folder in a layer of scripts/layers.json', () => {
    const { layers } = JSON.parse(readFileSync(path.join(ROOT, 'scripts', 'layers.json'), 'utf8')) as { layers: Record<string, string[]> };
    const layerFolders = Object.keys(layers);
    const outside = [...folderGraph().keys()].filter((folder) => !layerFolders.some((layer) => folder === layer || folder.startsWith(`${layer}/`)));
    assert.deepEqual(outside, []);
  });

  it('has no import cycle between folders', () => {
    const graph = folderGraph();
    assert.ok(graph.size > 20, `read ${graph.size} folders`);
    assert.deepEqual(cycles(graph), []);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    assert.deepEqual(cycles(graph), [['a', 'b', 'c']]);
  });
});
