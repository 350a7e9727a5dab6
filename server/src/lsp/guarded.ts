/** Where a failed handler is reported: the connection's console, which the client shows in its output channel. */
type ErrorLog = (message: string) => void;

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * The handler, made unable to fail: an exception is logged and `fallback` answered, so one bad document or request
 * never leaves the editor waiting or, thrown from a timer, ends the server.
 */
export function guarded<P extends unknown[], R>(log: ErrorLog, name: string, fallback: R, handler: (...args: P) => R): (...args: P) => R {
  return (...args: P) => {
    try {
      return handler(...args);
    } catch (error) {
      log(`${name} failed: ${describe(error)}`);
      return fallback;
    }
  };
}
