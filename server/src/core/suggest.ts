/** Edit distance with an early exit once it exceeds `limit`; enough for "did you mean". */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The closest candidate: a word the typed one begins (the shortest, as completion's top item for that prefix),
 * else the nearest within a distance that scales with the word (1 for short words, up to 3).
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let completion: string | undefined;
  for (const candidate of candidates) {
    const candidateLower = candidate.toLowerCase();
    if (candidateLower === lower) return candidate;
    // `ser` is the start of `server`: what the user was typing, even when `user` is one edit away.
    if (
      lower.length >= 3 &&
      candidateLower.startsWith(lower) &&
      (completion === undefined || candidate.length < completion.length || (candidate.length === completion.length && candidate < completion))
    )
      completion = candidate;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return completion ?? best;
}
