import { findOption, lookupDirective } from '../catalog';
import type { ArgumentSpec, DirectiveSpec, OptionSpec } from '../catalog/types';
import type { Dialect } from '../../../core/dialect';
import type { ConfigLine } from '../parser/types';
import type { Token } from '../../../core/token';

/** What one word of a directive line is, read the way the syntax checker reads it. */
export type WordRole =
  | { readonly kind: 'directive' }
  | { readonly kind: 'option'; readonly option: OptionSpec }
  | { readonly kind: 'optionValue'; readonly option: OptionSpec }
  | { readonly kind: 'argument'; readonly argument: ArgumentSpec; readonly position: number }
  | { readonly kind: 'extra' };

export interface ClassifiedLine {
  readonly spec: DirectiveSpec | undefined;
  /** One role per token of the line, in order. */
  readonly roles: readonly WordRole[];
  /** The positional argument the next word would fill, if any remain. */
  readonly nextArgument: ArgumentSpec | undefined;
  /** True when every required positional argument has a word. */
  readonly requiredFilled: boolean;
}

const EXTRA: WordRole = { kind: 'extra' };

/** Reads the words the way validation/syntax.ts does: which is an option, its value, or a positional argument. */
export function classifyWords(tokens: readonly Token[], dialect: Dialect): ClassifiedLine {
  const first = tokens[0];
  const spec = first === undefined ? undefined : lookupDirective(dialect, first.text);
  if (spec === undefined) return { spec, roles: tokens.map((_, i) => (i === 0 ? { kind: 'directive' } : EXTRA)), nextArgument: undefined, requiredFilled: true };
  const roles: WordRole[] = [{ kind: 'directive' }];
  const filled = spec.args.map(() => 0);
  let next = 0;
  for (let index = 1; index < tokens.length; index++) {
    const word = tokens[index] as Token;
    // chronyd reads required positional arguments before any option (`refclock PPS …`: PPS is the driver, not `pps`).
    const pending = spec.args[next];
    const positionalFirst = dialect === 'chrony' && pending !== undefined && pending.optional !== true;
    const option = positionalFirst ? undefined : findOption(spec, word.text, dialect);
    if (option !== undefined) {
      roles.push({ kind: 'option', option });
      if (option.value !== undefined && index + 1 < tokens.length) {
        roles.push({ kind: 'optionValue', option });
        index++;
      }
      continue;
    }
    const argument = spec.args[next];
    if (argument === undefined) {
      roles.push(EXTRA);
      continue;
    }
    roles.push({ kind: 'argument', argument, position: next });
    filled[next] = (filled[next] ?? 0) + 1;
    if (!argument.repeat) next++;
  }
  const requiredFilled = spec.args.every((argument, i) => argument.optional === true || (filled[i] ?? 0) > 0);
  return { spec, roles, nextArgument: spec.args[next], requiredFilled };
}

export function classifyLine(line: ConfigLine, dialect: Dialect): ClassifiedLine {
  return classifyWords(line.tokens, dialect);
}
