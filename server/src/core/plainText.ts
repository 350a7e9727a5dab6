/**
 * VS Code shows a diagnostic's message as plain text (the Problems panel, the hover's first line), where a `code`
 * span would keep its backticks: the editor gets 'code', as TypeScript and ESLint quote names. The CLI keeps `code`.
 */
export function quotedCode(text: string): string {
  return text.includes('`') ? text.replace(/`([^`\n]*)`/g, "'$1'") : text;
}

// A clause shorter than this says too little to stand alone ("Note: …").
const MIN_HEADLINE = 12;

/**
 * A long note's first clause (up to its first `: `, `; ` or `. ` outside a code span), at most `limit` characters:
 * what the Problems panel can show on one row. The whole note goes where markdown is shown (a hover).
 */
export function headline(text: string, limit = 100): string {
  if (text.length <= limit) return text;
  let inCode = false;
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === '`') inCode = !inCode;
    else if (!inCode && i >= MIN_HEADLINE && text[i + 1] === ' ' && ':;.'.includes(text[i]!)) return shortened(text.slice(0, i), limit);
  }
  return shortened(text, limit);
}

function shortened(clause: string, limit: number): string {
  if (clause.length <= limit) return clause;
  const cut = clause.lastIndexOf(' ', limit - 1);
  return `${clause.slice(0, cut > MIN_HEADLINE ? cut : limit - 1)}…`;
}
