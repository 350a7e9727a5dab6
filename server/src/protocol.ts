/** Custom messages between the VS Code client and the language server, typed once for both sides. */

/** Sent by the client in `initializationOptions`; a client that says nothing (another editor) is taken as trusted. */
export interface NtpConfigInitializationOptions {
  readonly workspaceTrusted?: boolean;
}

/** Client → server when the user grants workspace trust (VS Code never revokes it without a reload). */
export const WORKSPACE_TRUST_NOTIFICATION = 'ntpConfig/workspaceTrust';
export interface WorkspaceTrustParams {
  readonly trusted: boolean;
}

export function workspaceTrustedOf(initializationOptions: unknown): boolean {
  const options = (typeof initializationOptions === 'object' && initializationOptions !== null ? initializationOptions : {}) as NtpConfigInitializationOptions;
  return options.workspaceTrusted !== false;
}
