/** Jinja (`{{ }}`, `{% %}`, `{# #}`) and ERB/EPP (`<%= %>`, `<% %>`, `<%# %>`) markup in a template. */
const MARKUP = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|<%[\s\S]*?%>/g;
/** Markup that only steers the template (a loop, a condition, a comment), as opposed to one that prints a value. */
const CONTROL = /^(\{%|\{#|<%(?!=)|<%#)/;

interface MaskedSpan {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export interface MaskedTemplate {
  /** The text with every markup replaced by a placeholder of the same length: lines and columns are kept. */
  readonly text: string;
  /** Where values were masked: a finding there is about a value we cannot judge. */
  readonly values: readonly MaskedSpan[];
  /** Loops and conditions may repeat or drop lines, so counts over the file are guesses. */
  readonly hasControlFlow: boolean;
}

/**
 * Masks template markup so the daemon's grammar sees plain lines: a printed value becomes a same-length word
 * (`{{ ntp_server }}` → `ntpconf_template`…), a loop or condition becomes spaces, so the lines around it stay.
 */
export function maskTemplate(text: string): MaskedTemplate {
  const values: MaskedSpan[] = [];
  let hasControlFlow = false;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const positionOf = (offset: number): { line: number; character: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: offset - (lineStarts[low] as number) };
  };
  const masked = text.replace(MARKUP, (markup: string, offset: number) => {
    if (CONTROL.test(markup)) {
      hasControlFlow ||= !/^(\{#|<%#)/.test(markup);
      return markup.replace(/[^\n]/g, ' ');
    }
    const start = positionOf(offset);
    const end = positionOf(offset + markup.length);
    values.push({ line: start.line, start: start.character, end: end.line === start.line ? end.character : Number.MAX_SAFE_INTEGER });
    // A word that no daemon keyword spells, as long as the markup (newlines kept so later lines do not move).
    return markup.replace(/[^\n]/g, (_c, i: number) => 'ntpconf_value'[i % 13] as string);
  });
  return { text: masked, values, hasControlFlow };
}

/** True when a range touches a masked value. */
export function touchesMaskedValue(
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
  values: readonly MaskedSpan[],
): boolean {
  return values.some(
    (span) =>
      span.line >= range.start.line &&
      span.line <= range.end.line &&
      (range.start.line !== range.end.line || (range.start.character < span.end && range.end.character > span.start)),
  );
}
