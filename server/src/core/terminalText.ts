// C0 controls except tab and newline, DEL, and C1 controls: what a terminal would act on (title, clear, OSC 52).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const CONTROL_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

function visible(character: string): string {
  const code = character.charCodeAt(0);
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  if (code === 0x1b) return '\\e';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text safe to print on a terminal: control characters shown as `\e`, `\x07`…; newlines kept only when asked. */
export function escapeForTerminal(text: string, options: { keepNewlines?: boolean } = {}): string {
  const pattern = options.keepNewlines === true ? CONTROL_CHARACTERS : CONTROL_OR_NEWLINE;
  return text.replace(pattern, visible);
}
