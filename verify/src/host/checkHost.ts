import type { VerificationSubject } from '../../../server/src/core/verificationSubject';
import { resolveHost } from '../resolve';
import { compareWithConfig, networkSources, type Comparison, type NameResolver } from './compareConfig';
import {
  daemonNotResponding,
  falsetickerSource,
  invalidTarget,
  largeOffset,
  lastLine,
  leapNotNormal,
  noDaemon,
  noSelectedSource,
  noSources,
  sshFailure,
  tooVariable,
  unparsedOutput,
  unreachableSource,
} from './hostMessages';
import { chronycCannotTalk, parseChronySources, parseChronyTracking } from './parseChronyc';
import { parseDetection, parseTimedatectl } from './parseHostTools';
import { ntpFlavor, ntpqCannotTalk, parseNtpqPeers, parseNtpqTracking } from './parseNtpq';
import { parseW32tmPeers, parseW32tmStatus } from './parseW32tm';
import { describeTarget, remoteCommand, validateChronySocket, validateSshTarget } from './sshCommand';
import { sshRunner, type RemoteRunner } from './sshRunner';
import {
  DEFAULT_COMMAND_TIMEOUT_MS,
  DEFAULT_CONNECT_TIMEOUT_SECONDS,
  type CommandRecord,
  type ConfigLocation,
  type DaemonSource,
  type HostDaemon,
  type HostReport,
  type HostTracking,
  type HostVerdict,
  type RemoteCommandId,
  type SshOptions,
  type SshTarget,
  type TimedatectlStatus,
} from './types';

/** Beyond this the clock is far enough off that ntpd would step it (its default step threshold, 128 ms). */
const LARGE_OFFSET_MS = 128;
export const NAME_TIMEOUT_MS = 5000;

export interface HostCheckRequest {
  readonly target: SshTarget;
  readonly ssh?: Partial<SshOptions>;
  /** chronyc's `-h`: a command socket other than /run/chrony/chronyd.sock. */
  readonly chronySocket?: string;
  readonly commandTimeoutMs?: number;
  /** The open file, to compare with what the daemon uses. */
  readonly config?: { readonly subject: VerificationSubject; readonly file?: string };
}

export interface HostCheckRun {
  readonly signal?: AbortSignal;
  /** Each remote command as it ends, for the raw log. */
  readonly onCommand?: (record: CommandRecord) => void;
  /** Replaces ssh (tests) and the name resolver. */
  readonly runner?: RemoteRunner;
  readonly resolve?: NameResolver;
}

interface DaemonView {
  readonly daemon: HostDaemon;
  readonly tracking: HostTracking | null;
  readonly sources: readonly DaemonSource[];
}

type Step = { readonly ok: true; readonly view: DaemonView } | { readonly ok: false; readonly verdict: HostVerdict | null };

/**
 * Runs the fixed read-only commands on a host over ssh and judges the answers. Never throws for network or
 * remote failures: they become verdicts.
 */
export async function checkHost(request: HostCheckRequest, run: HostCheckRun = {}): Promise<HostReport> {
  const started = Date.now();
  const signal = run.signal ?? new AbortController().signal;
  const commands: CommandRecord[] = [];
  const verdicts: HostVerdict[] = [];
  const report = (fields: Partial<HostReport> = {}): HostReport => ({
    target: request.target,
    daemon: null,
    tools: [],
    tracking: null,
    sources: [],
    sourceLocations: [],
    timedatectl: null,
    verdicts,
    commands,
    cancelled: signal.aborted,
    elapsedMs: Date.now() - started,
    ...fields,
  });

  // Checked before anything runs: a host like `-oProxyCommand=…` must never reach ssh.
  const checks = [validateSshTarget(request.target), ...(request.chronySocket === undefined ? [] : [validateChronySocket(request.chronySocket)])];
  for (const check of checks) {
    if (!check.ok) {
      verdicts.push(invalidTarget(check.error));
      return report();
    }
  }

  const commandTimeoutMs = request.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  const sshOptions: SshOptions = { connectTimeoutSeconds: DEFAULT_CONNECT_TIMEOUT_SECONDS, ...request.ssh };
  const runner = run.runner ?? sshRunner(request.target, sshOptions, commandTimeoutMs);
  const host = describeTarget(request.target);
  const remote: Remote = {
    host,
    exec: async (id) => {
      const record = await runner(id, remoteCommand(id, request.chronySocket), signal);
      commands.push(record);
      run.onCommand?.(record);
      return record;
    },
    failure: (record) => sshFailure(record, host, commandTimeoutMs),
  };

  const detection = await remote.exec('detect');
  if (signal.aborted) return report();
  const failed = remote.failure(detection);
  if (failed !== null) {
    verdicts.push(failed);
    return report();
  }
  const detected = parseDetection(detection.stdout);
  const tools = [...detected.tools];

  const timedatectl: Promise<TimedatectlStatus | null> = tools.includes('timedatectl')
    ? remote.exec('timedatectl').then((r) => parseTimedatectl(r.stdout))
    : Promise.resolve(null);

  // Try each daemon whose client is there; a client that cannot reach its daemon passes to the next.
  const attempts: (() => Promise<Step>)[] = [];
  if (tools.includes('chronyc')) attempts.push(() => askChrony(remote));
  if (tools.includes('ntpq')) attempts.push(() => askNtpd(remote));
  // Windows' OpenSSH runs cmd.exe or PowerShell, where the POSIX detection fails; a Windows with Git's sh finds nothing.
  if (!detected.posix || attempts.length === 0) attempts.push(() => askW32time(remote, tools));
  let view: DaemonView | null = null;
  const failures: HostVerdict[] = [];
  for (const attempt of attempts) {
    if (signal.aborted) break;
    const step = await attempt();
    if (step.ok) {
      view = step.view;
      break;
    }
    if (step.verdict !== null) failures.push(step.verdict);
  }
  const timedatectlStatus = await timedatectl;
  if (signal.aborted) return report({ tools, timedatectl: timedatectlStatus, ...(view ?? {}) });
  if (view === null) {
    verdicts.push(...(failures.length > 0 ? failures : [noDaemon(host)]));
    return report({ tools, timedatectl: timedatectlStatus });
  }
  let comparison: Comparison = { verdicts: [], locations: new Map() };
  if (request.config !== undefined) {
    const resolve = run.resolve ?? ((name: string) => resolveHost(name, undefined, NAME_TIMEOUT_MS, signal));
    comparison = await compareWithConfig(request.config.subject, request.config.file, view.daemon, view.sources, resolve);
  }
  verdicts.push(...daemonVerdicts(view, comparison.locations), ...comparison.verdicts);
  const sourceLocations = view.sources.map((s) => comparison.locations.get(s) ?? null);
  return report({ tools, timedatectl: timedatectlStatus, ...view, sourceLocations });
}

interface Remote {
  readonly host: string;
  exec(id: RemoteCommandId): Promise<CommandRecord>;
  /** The ssh connection failed (as opposed to the remote command). */
  failure(record: CommandRecord): HostVerdict | null;
}

async function askChrony({ exec, failure, host }: Remote): Promise<Step> {
  const [sources, tracking] = await Promise.all([exec('chrony-sources'), exec('chrony-tracking')]);
  const failed = failure(tracking) ?? failure(sources);
  if (failed !== null) return { ok: false, verdict: failed };
  const parsedTracking = parseChronyTracking(tracking.stdout);
  if (parsedTracking === null) {
    const said = lastLine(tracking.stderr) || lastLine(tracking.stdout) || `exit status ${tracking.exitCode}`;
    return {
      ok: false,
      verdict:
        chronycCannotTalk(tracking.stdout + tracking.stderr) || tracking.exitCode !== 0
          ? daemonNotResponding('chronyc', host, said)
          : unparsedOutput(tracking.command),
    };
  }
  return { ok: true, view: { daemon: 'chrony', tracking: parsedTracking, sources: parseChronySources(sources.stdout) } };
}

async function askNtpd({ exec, failure, host }: Remote): Promise<Step> {
  const [peers, variables] = await Promise.all([exec('ntpq-peers'), exec('ntpq-rv')]);
  const failed = failure(variables) ?? failure(peers);
  if (failed !== null) return { ok: false, verdict: failed };
  const tracking = parseNtpqTracking(variables.stdout);
  if (tracking === null) {
    const said = lastLine(variables.stderr) || lastLine(variables.stdout) || `exit status ${variables.exitCode}`;
    return {
      ok: false,
      verdict:
        ntpqCannotTalk(variables.stdout + variables.stderr) || variables.exitCode !== 0
          ? daemonNotResponding('ntpq', host, said)
          : unparsedOutput(variables.command),
    };
  }
  return { ok: true, view: { daemon: ntpFlavor(tracking.version), tracking, sources: parseNtpqPeers(peers.stdout) } };
}

async function askW32time({ exec, failure }: Remote, tools: string[]): Promise<Step> {
  const status = await exec('w32tm-status');
  const failed = failure(status);
  if (failed !== null) return { ok: false, verdict: failed };
  const tracking = parseW32tmStatus(status.stdout);
  // Neither a POSIX shell nor w32tm: nothing we know how to ask.
  if (tracking === null) return { ok: false, verdict: status.exitCode === 0 && status.stdout.trim() !== '' ? unparsedOutput(status.command) : null };
  tools.push('w32tm');
  const peers = await exec('w32tm-peers');
  return { ok: true, view: { daemon: 'w32time', tracking, sources: parseW32tmPeers(peers.stdout, tracking.referenceName) } };
}

/** What the daemon's own answers say, before any comparison with a file. */
function daemonVerdicts(view: DaemonView, locations: ReadonlyMap<DaemonSource, ConfigLocation> = new Map()): HostVerdict[] {
  const verdicts: HostVerdict[] = [];
  const network = networkSources(view.sources);
  if (view.sources.length === 0) verdicts.push(noSources(view.daemon));
  else if (!view.sources.some((s) => s.state === 'selected' || s.state === 'pps')) verdicts.push(noSelectedSource(view.daemon));
  for (const source of network) {
    const location = locations.get(source);
    if (source.reach === 0) verdicts.push(unreachableSource(source, location));
    else if (source.state === 'falseticker') verdicts.push(falsetickerSource(source, location));
    else if (source.state === 'too-variable') verdicts.push(tooVariable(source, location));
  }
  const tracking = view.tracking;
  if (tracking === null) return verdicts;
  if (tracking.leap !== null && tracking.leap !== 'normal') verdicts.push(leapNotNormal(tracking.leap, tracking.leapText ?? tracking.leap));
  if (tracking.systemOffsetMs !== null && Math.abs(tracking.systemOffsetMs) > LARGE_OFFSET_MS)
    verdicts.push(largeOffset(tracking.systemOffsetMs, LARGE_OFFSET_MS));
  return verdicts;
}
