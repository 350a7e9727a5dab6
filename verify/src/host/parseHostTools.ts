import { labelledLines } from './parseChronyc';
import { DETECTED_TOOLS, POSIX_MARKER } from './sshCommand';
import type { TimedatectlStatus } from './types';

interface DetectedTools {
  /** The detection script ran in a POSIX shell (false on Windows' cmd.exe or PowerShell). */
  readonly posix: boolean;
  readonly tools: readonly string[];
}

/** The output of the detection script: one `command -v` path per tool found, then the marker. */
export function parseDetection(output: string): DetectedTools {
  const known = new Set<string>(DETECTED_TOOLS);
  const tools: string[] = [];
  let posix = false;
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === POSIX_MARKER) posix = true;
    const name = line.slice(line.lastIndexOf('/') + 1);
    if (known.has(name) && (line === name || line.startsWith('/')) && !tools.includes(name)) tools.push(name);
  }
  return { posix, tools };
}

function yesNo(text: string | undefined): boolean | null {
  return text === 'yes' ? true : text === 'no' ? false : null;
}

/** `timedatectl` (status); systemd before 239 said "NTP synchronized" and "Network time on". */
export function parseTimedatectl(output: string): TimedatectlStatus | null {
  const fields = labelledLines(output, /:\s/);
  const synchronized = fields.get('system clock synchronized') ?? fields.get('ntp synchronized');
  const service = fields.get('ntp service') ?? fields.get('network time on');
  if (synchronized === undefined && service === undefined) return null;
  return {
    synchronized: yesNo(synchronized),
    ntpService: service ?? null,
    timeZone: fields.get('time zone') ?? null,
    rtcInLocalTime: yesNo(fields.get('rtc in local tz')),
  };
}
