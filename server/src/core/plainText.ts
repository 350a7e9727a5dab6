/**
 * VS Code shows a diagnostic's message as plain text (the Problems panel, the hover's first line), where a `code`
 * span would keep its backticks: the editor gets 'code', as TypeScript and ESLint quote names. The CLI keeps `code`.
 */
export function quotedCode(text: string): string {
  return text.includes('`') ? text.replace(/`([^`\n]*)`/g, "'$1'") : text;
}
