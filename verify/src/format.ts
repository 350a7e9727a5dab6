/** Number formats shared by verdict messages, the CLI table and the report view. */

/** A duration or offset in milliseconds, with a precision that suits its size; `signed` adds a + for positives. */
export function formatMilliseconds(ms: number, signed = false): string {
  const sign = signed && ms >= 0 ? '+' : '';
  const abs = Math.abs(ms);
  if (abs >= 10_000) return `${sign}${(ms / 1000).toFixed(3)} s`;
  const digits = abs < 1 ? 3 : abs < 100 ? 2 : 1;
  return `${sign}${ms.toFixed(digits)} ms`;
}

export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** `host:port`, with brackets for IPv6 and without the port when it is 123. */
export function formatEndpoint(address: string, port: number): string {
  if (port === 123) return address;
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}
