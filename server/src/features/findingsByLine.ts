import type { Finding } from '../core/finding';

// One index per validation result: the findings array is replaced, never changed, when the document is re-checked.
const indexes = new WeakMap<readonly Finding[], Map<number, Finding[]>>();

function indexOf(findings: readonly Finding[]): Map<number, Finding[]> {
  const cached = indexes.get(findings);
  if (cached) return cached;
  const index = new Map<number, Finding[]>();
  for (const finding of findings) {
    const line = finding.range.start.line;
    const group = index.get(line);
    if (group) group.push(finding);
    else index.set(line, [finding]);
  }
  indexes.set(findings, index);
  return index;
}

/** The findings that start on these lines: a code action looks at its own lines, not at every finding of a 200k-line file. */
export function findingsStartingOn(findings: readonly Finding[], lines: Iterable<number>): Finding[] {
  const index = indexOf(findings);
  return [...new Set(lines)].flatMap((line) => index.get(line) ?? []);
}
