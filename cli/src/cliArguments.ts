import { languageFromLocale, type Language } from '../../server/src/core/localized';

/** A mistake on the command line: the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

/** The language of the CLI's messages when `--lang` is not given. */
export function languageFromEnvironment(env: NodeJS.ProcessEnv): Language {
  return languageFromLocale(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || undefined);
}

export function integerIn(flag: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not '${text}'`);
  return Number(text);
}

/** Walks the words of a command line; a flag's value is `--flag=value` or the next word. */
export class ArgumentReader {
  private index = -1;
  private inlineValue: string | undefined;
  private flag = '';

  constructor(private readonly args: readonly string[]) {}

  /** The next word and its flag part (`--format` of `--format=json`), or undefined at the end. */
  next(): { readonly arg: string; readonly flag: string } | undefined {
    const arg = this.args[++this.index];
    if (arg === undefined) return undefined;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    this.flag = eq > 0 ? arg.slice(0, eq) : arg;
    this.inlineValue = eq > 0 ? arg.slice(eq + 1) : undefined;
    return { arg, flag: this.flag };
  }

  /** The value of the current flag. */
  value(): string {
    const value = this.inlineValue ?? this.args[++this.index];
    if (value === undefined) throw new UsageError(`${this.flag} needs a value`);
    return value;
  }

  /** Every word after the current one (what follows `--`). */
  rest(): string[] {
    const rest = this.args.slice(this.index + 1);
    this.index = this.args.length;
    return rest;
  }
}
