import { NotificationType, RequestType, type Diagnostic } from 'vscode-languageserver-protocol';
import type { Dialect } from './dialect';
import type { VerificationSubject } from './verificationSubject';

/** Custom messages between the VS Code client and the language server, typed once for both sides. */

/** Sent by the client in `initializationOptions`; a client that says nothing (another editor) is taken as trusted. */
export interface NtpConfigInitializationOptions {
  readonly workspaceTrusted?: boolean;
}

export function workspaceTrustedOf(initializationOptions: unknown): boolean {
  const options = (typeof initializationOptions === 'object' && initializationOptions !== null ? initializationOptions : {}) as NtpConfigInitializationOptions;
  return options.workspaceTrusted !== false;
}

/** Client → server when the user grants workspace trust (VS Code never revokes it without a reload). */
export const WorkspaceTrustNotification = new NotificationType<{ readonly trusted: boolean }>('ntpConfig/workspaceTrust');

/** Server → client: the dialect a document is read as, and why (shown in the status bar). */
export interface DialectNotice {
  readonly uri: string;
  readonly dialect: Dialect;
  readonly reason: string;
}
export const DialectNotification = new NotificationType<DialectNotice>('ntpConfig/dialect');

/** Client → server: read this document as `dialect` (null: detect again). */
export const SetDialectNotification = new NotificationType<{ readonly uri: string; readonly dialect: Dialect | null }>('ntpConfig/setDialect');

/** Client → server: the probe targets and configured sources of an open document, read as the diagnostics read it. */
export const VerificationSubjectRequest = new RequestType<{ readonly uri: string }, VerificationSubject | null, void>('ntpConfig/verificationSubject');

/** What `ntpconf convert` makes of an ntp.conf, for the editor: the notes are diagnostics on the source's lines. */
export interface ChronyConversion {
  readonly dialect: Dialect;
  readonly chronyConf: string;
  readonly chronyKeys: string | null;
  readonly notes: readonly Diagnostic[];
}

/** Client → server: convert this open ntp.conf to chrony.conf (null: not an ntp-family document). */
export const ConvertToChronyRequest = new RequestType<{ readonly uri: string }, ChronyConversion | null, void>('ntpConfig/convertToChrony');

/**
 * Node flags for the server process (set by whoever starts it: the VS Code client, the bin script, the tests).
 * A small young generation suits its short bursts of allocation per edit and keeps resident memory in budget.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];
