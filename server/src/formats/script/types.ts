import type { ScriptKind } from '../../core/documentKind';
import type { Token } from '../../core/token';

/**
 * Scripts and registry files are read as plain lines of words: only the NTP statements in them become nodes.
 * Every node carries its position (`Token`: UTF-16 columns on one line, like LSP).
 */

/** A whole-line comment, kept for `ntpconf-disable` suppressions. */
export interface ScriptComment {
  readonly line: number;
  /** The comment text after its leader (`REM`, `::`, `#`, `;`). */
  readonly body: string;
}

/** How this file writes a whole-line comment, for the suppression quick fixes. */
export type CommentLeader = 'REM' | '#' | ';';

interface ScriptBase {
  readonly lineCount: number;
  readonly comments: readonly ScriptComment[];
  readonly commentLeader: CommentLeader;
  /** The line a comment for the whole file goes before (after a .reg header or a `#!` line). */
  readonly fileCommentLine: number;
}

// ---- Windows Time ------------------------------------------------------------------------------------------

/** `/name` or `/name:value`; `glued` when it was stuck to the previous word (`10.10.10.1/update`). */
export interface W32tmSwitch {
  /** Lower-case name without the slash. */
  readonly name: string;
  /** The `/name` part. */
  readonly nameToken: Token;
  /** The value after the colon, unquoted; `raw` keeps the quotes. */
  readonly value?: SwitchValue;
  readonly glued: boolean;
}

interface SwitchValue {
  readonly token: Token;
  readonly raw: Token;
  readonly quoted: boolean;
}

export interface W32tmCommand {
  readonly line: number;
  readonly program: Token;
  readonly switches: readonly W32tmSwitch[];
  /** The first switch that names an operation (`/config`, `/resync`…). */
  readonly verb?: W32tmSwitch;
  /** Words that are not switches, such as the rest of an unquoted peer list. */
  readonly strays: readonly Token[];
  /** Where text appended to the command goes: after its last argument, before any redirection. */
  readonly end: { readonly line: number; readonly character: number };
}

/** `net stop w32time`, `sc config w32time start= auto`, `Restart-Service w32time`. */
export interface ServiceCommand {
  readonly line: number;
  readonly tool: 'net' | 'sc' | 'powershell';
  readonly action: Token;
  readonly service: Token;
  /** The words after the service name (sc options such as `start=auto`). */
  readonly options: readonly Token[];
}

export type RegistryType = 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_MULTI_SZ' | 'REG_DWORD' | 'REG_QWORD' | 'REG_BINARY' | 'REG_NONE';

/** One registry value written by `reg add`, a `.reg` line or `Set-ItemProperty`/`New-ItemProperty`. */
export interface RegistryWrite {
  readonly line: number;
  readonly form: 'reg-add' | 'reg-file' | 'powershell';
  readonly key: RegistryKey;
  readonly name?: Token;
  /** The type as written (`/t REG_DWORD`, `dword:`, `-Type DWord`), if any. */
  readonly type?: { readonly value: RegistryType; readonly token: Token };
  /** The data, unquoted (for `dword:0000003c` only the hex digits). */
  readonly data?: Token;
  /** Where ` /t REG_DWORD` goes when a `reg add` line has no type. */
  readonly typeInsertAt?: number;
}

/** A key under `...\Services\W32Time` or `...\Policies\Microsoft\W32Time`; `segments` are the parts below it. */
export interface RegistryKey {
  readonly token: Token;
  readonly segments: readonly Token[];
}

/** A character that looks like ASCII syntax but is not: a typographic quote, `×` for `x`. */
export interface LookalikeCharacter {
  readonly token: Token;
  readonly replacement: string;
}

export interface ParsedW32time extends ScriptBase {
  readonly kind: 'w32time';
  readonly commands: readonly W32tmCommand[];
  readonly services: readonly ServiceCommand[];
  readonly registry: readonly RegistryWrite[];
  /** `.reg` section headers, for completion inside a section. */
  readonly sections: readonly RegistryKey[];
  readonly lookalikes: readonly LookalikeCharacter[];
}

// ---- HP-UX and AIX start-up files ---------------------------------------------------------------------------

/** `export NAME=value` in /etc/rc.config.d/netdaemons. */
export interface ShellAssignment {
  readonly line: number;
  readonly exported: boolean;
  readonly name: Token;
  /** The `=` and any blanks around it (a blank there breaks the assignment). */
  readonly equals: Token;
  /** The value as written, quotes included; absent for `NAME=`. */
  readonly value?: Token;
  /** The value without quotes. */
  readonly text: string;
  /** Words after the value that the shell would not assign. */
  readonly extra: readonly Token[];
}

/** `start /usr/sbin/xntpd "$src_running" "-x"` in /etc/rc.tcpip, commented out or not. */
export interface XntpdStart {
  readonly line: number;
  /** The `#` and blanks before `start`, when the line is commented out. */
  readonly commentMark?: Token;
  readonly start: Token;
  readonly daemon: Token;
  readonly args: readonly Token[];
}

export interface ParsedStartup extends ScriptBase {
  readonly kind: 'hpux-netdaemons' | 'aix-rc-tcpip';
  readonly assignments: readonly ShellAssignment[];
  readonly xntpdStarts: readonly XntpdStart[];
}

interface ParsedUnrelated extends ScriptBase {
  readonly kind: 'unrelated-script';
}

export type ParsedScript = ParsedW32time | ParsedStartup | ParsedUnrelated;

export type { ScriptKind };
