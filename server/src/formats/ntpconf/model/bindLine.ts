import { findOption, findOptionAnyDialect, lookupDirective, optionAppliesTo } from '../catalog';
import type { ArgumentSpec, DirectiveSpec, OptionSpec } from '../catalog/types';
import type { Dialect } from '../../../core/dialect';
import { dialectTraits } from '../../../core/dialectTraits';
import { LineMemo } from '../parser/lineMemo';
import type { ConfigLine } from '../parser/types';
import type { Token } from '../../../core/token';

/** What one word of a directive line is, as the daemon's parser reads it. */
export type WordRole =
  | { readonly kind: 'directive' }
  | { readonly kind: 'option'; readonly option: OptionSpec }
  | { readonly kind: 'optionValue'; readonly option: OptionSpec }
  /** This dialect's option written in the wrong case where chronyd compares exactly (`log Tracking`). */
  | { readonly kind: 'wrongCaseOption'; readonly option: OptionSpec }
  /** An option only another dialect accepts on this directive, and the word it would take as its value. */
  | { readonly kind: 'foreignOption'; readonly option: OptionSpec }
  | { readonly kind: 'foreignOptionValue'; readonly option: OptionSpec }
  | { readonly kind: 'argument'; readonly argument: ArgumentSpec; readonly position: number }
  | { readonly kind: 'extra' };

/** An option word and the word after it, when the option takes a value. */
export interface BoundOption {
  readonly spec: OptionSpec;
  readonly option: Token;
  /** Undefined for flags, and for a valued option at the end of the line. */
  readonly value: Token | undefined;
}

/** One directive line bound to its catalog entry: every word's role, read once. */
export interface BoundLine {
  readonly tokens: readonly Token[];
  /** Undefined when the dialect has no such directive. */
  readonly spec: DirectiveSpec | undefined;
  /** One role per token, in order. */
  readonly roles: readonly WordRole[];
  /** The positional argument the next word would fill, if any remain. */
  readonly nextArgument: ArgumentSpec | undefined;
  /** The first required positional argument with no word. */
  readonly missingArgument: ArgumentSpec | undefined;
  /** True when every required positional argument has a word. */
  readonly requiredFilled: boolean;
  /** The last occurrence of an option by its catalog name (the daemons let a later one win). */
  option(name: string): BoundOption | undefined;
  /** The integer value of an option, when present and numeric. */
  optionInteger(name: string): { readonly match: BoundOption; readonly value: number } | undefined;
  /** True when any word is one of this dialect's options for the directive. */
  hasOptions(): boolean;
}

const DIRECTIVE: WordRole = { kind: 'directive' };
const EXTRA: WordRole = { kind: 'extra' };
const INTEGER = /^-?\d+$/;

// Roles are shared per catalog entry, so a bound line costs one array of pointers.
const optionRoles = new WeakMap<OptionSpec, Record<'option' | 'optionValue' | 'wrongCaseOption' | 'foreignOption' | 'foreignOptionValue', WordRole>>();
function optionRole(option: OptionSpec, kind: 'option' | 'optionValue' | 'wrongCaseOption' | 'foreignOption' | 'foreignOptionValue'): WordRole {
  let roles = optionRoles.get(option);
  if (roles === undefined) {
    roles = {
      option: { kind: 'option', option },
      optionValue: { kind: 'optionValue', option },
      wrongCaseOption: { kind: 'wrongCaseOption', option },
      foreignOption: { kind: 'foreignOption', option },
      foreignOptionValue: { kind: 'foreignOptionValue', option },
    };
    optionRoles.set(option, roles);
  }
  return roles[kind];
}
// One argument spec may sit at different positions in different directives.
const argumentRoles = new WeakMap<ArgumentSpec, WordRole[]>();
function argumentRole(argument: ArgumentSpec, position: number): WordRole {
  let roles = argumentRoles.get(argument);
  if (roles === undefined) argumentRoles.set(argument, (roles = []));
  return (roles[position] ??= { kind: 'argument', argument, position });
}

/** What a binding knows besides the tokens; lines with the same words in the same roles share one. */
interface LineShape {
  readonly spec: DirectiveSpec | undefined;
  readonly roles: readonly WordRole[];
  readonly nextArgument: ArgumentSpec | undefined;
  readonly missingArgument: ArgumentSpec | undefined;
}

class Binding implements BoundLine {
  constructor(
    readonly tokens: readonly Token[],
    private readonly shape: LineShape,
  ) {}

  get spec(): DirectiveSpec | undefined {
    return this.shape.spec;
  }

  get roles(): readonly WordRole[] {
    return this.shape.roles;
  }

  get nextArgument(): ArgumentSpec | undefined {
    return this.shape.nextArgument;
  }

  get missingArgument(): ArgumentSpec | undefined {
    return this.shape.missingArgument;
  }

  get requiredFilled(): boolean {
    return this.shape.missingArgument === undefined;
  }

  option(name: string): BoundOption | undefined {
    const roles = this.shape.roles;
    for (let index = roles.length - 1; index > 0; index--) {
      const role = roles[index] as WordRole;
      if (role.kind === 'option' && role.option.name === name) {
        const value = roles[index + 1]?.kind === 'optionValue' ? this.tokens[index + 1] : undefined;
        return { spec: role.option, option: this.tokens[index] as Token, value };
      }
    }
    return undefined;
  }

  optionInteger(name: string): { readonly match: BoundOption; readonly value: number } | undefined {
    const match = this.option(name);
    if (match?.value === undefined || !INTEGER.test(match.value.text)) return undefined;
    return { match, value: Number(match.value.text) };
  }

  hasOptions(): boolean {
    return this.shape.roles.some((role) => role.kind === 'option');
  }
}

// Shapes interned: a 100k-line file of alike `server … iburst` lines holds one role array, not 50k. The roles
// decide the rest of a shape (arguments filled, the next one), so equal roles under one spec are one shape.
const roleIds = new Map<WordRole, number>();
// Per catalog entry: dialects have different entries of one name (`driftfile`), and a bare line's roles look alike.
const shapesBySpec = new WeakMap<DirectiveSpec, Map<string, LineShape>>();
const unknownShapes = new Map<string, LineShape>();
const lastShape = new WeakMap<DirectiveSpec, LineShape>();

function sameRoles(a: readonly WordRole[], b: readonly WordRole[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The words of the line being read, in a reused array: a line that reads like the last of its directive allocates nothing.
const scratch: WordRole[] = [];
let scratchNext: ArgumentSpec | undefined;
let scratchMissing: ArgumentSpec | undefined;

function scratchShape(spec: DirectiveSpec | undefined): LineShape {
  return { spec, roles: scratch.slice(), nextArgument: scratchNext, missingArgument: scratchMissing };
}

function interned(spec: DirectiveSpec | undefined): LineShape {
  // Alike lines usually come together; comparing with the last one saves building a key.
  const last = spec === undefined ? undefined : lastShape.get(spec);
  if (last !== undefined && sameRoles(last.roles, scratch)) return last;
  let key = '';
  for (const role of scratch) {
    let id = roleIds.get(role);
    if (id === undefined) roleIds.set(role, (id = roleIds.size));
    key += ` ${id}`;
  }
  let shapes = spec === undefined ? unknownShapes : shapesBySpec.get(spec);
  if (shapes === undefined) shapesBySpec.set(spec as DirectiveSpec, (shapes = new Map()));
  let known = shapes.get(key);
  if (known === undefined) shapes.set(key, (known = scratchShape(spec)));
  if (spec !== undefined) lastShape.set(spec, known);
  return known;
}

/** Reads the words into `scratch` (one role per token) and returns the directive's catalog entry. */
function read(tokens: readonly Token[], dialect: Dialect): DirectiveSpec | undefined {
  const roles = scratch;
  roles.length = 0;
  scratchNext = undefined;
  scratchMissing = undefined;
  const first = tokens[0];
  const spec = first === undefined ? undefined : lookupDirective(dialect, first.text);
  if (spec === undefined) {
    for (let index = 0; index < tokens.length; index++) roles.push(index === 0 ? DIRECTIVE : EXTRA);
    return spec;
  }
  const { positionalFirst } = dialectTraits(dialect);
  const positional = spec.args;
  roles.push(DIRECTIVE);
  let filled = 0;
  let next = 0;
  for (let index = 1; index < tokens.length; index++) {
    const word = tokens[index] as Token;
    // chronyd reads required positional arguments before any option: in `refclock PPS …` PPS is the driver, not `pps`.
    const pending = positional[next];
    const option = positionalFirst && pending !== undefined && pending.optional !== true ? undefined : findOption(spec, word.text, dialect);
    if (option !== undefined) {
      roles.push(optionRole(option, 'option'));
      if (option.value !== undefined && index + 1 < tokens.length) {
        roles.push(optionRole(option, 'optionValue'));
        index++;
      }
      continue;
    }
    const wrongCase = spec.optionsCaseSensitive ? findOptionAnyDialect(spec, word.text) : undefined;
    if (wrongCase !== undefined && optionAppliesTo(wrongCase, dialect)) {
      roles.push(optionRole(wrongCase, 'wrongCaseOption'));
      continue;
    }
    // An option of another dialect, not merely this dialect's option in the wrong case (`log Tracking`).
    const anyDialect = next >= positional.length ? findOptionAnyDialect(spec, word.text) : undefined;
    if (anyDialect !== undefined && !optionAppliesTo(anyDialect, dialect)) {
      roles.push(optionRole(anyDialect, 'foreignOption'));
      if (anyDialect.value !== undefined && index + 1 < tokens.length) {
        roles.push(optionRole(anyDialect, 'foreignOptionValue'));
        index++;
      }
      continue;
    }
    const argument = positional[next];
    if (argument === undefined) {
      roles.push(EXTRA);
      continue;
    }
    roles.push(argumentRole(argument, next));
    filled |= 1 << next;
    if (!argument.repeat) next++;
  }
  scratchNext = positional[next];
  scratchMissing = positional.find((argument, i) => argument.optional !== true && (filled & (1 << i)) === 0);
  return spec;
}

/** Reads the words of a line (or of the part typed so far) against the catalog, the way the daemon's parser does. */
export function bindWords(tokens: readonly Token[], dialect: Dialect): BoundLine {
  return new Binding(tokens, scratchShape(read(tokens, dialect)));
}

// A line's shape depends only on its words and the dialect, so an unchanged line keeps it across edits.
const lineShapes = new LineMemo<LineShape>();

/** The line bound to its catalog entry; the reading is done once per line and dialect. */
export function bindLine(line: ConfigLine, dialect: Dialect): BoundLine {
  let shape = lineShapes.lookup(line, dialect);
  if (shape === undefined) {
    // Sharing only pays where shapes are kept (not in a one-shot lint, where memos are off).
    const spec = read(line.tokens, dialect);
    shape = LineMemo.enabled ? lineShapes.store(line, dialect, interned(spec)) : scratchShape(spec);
  }
  return new Binding(line.tokens, shape);
}
