import { readRegularFile } from '../../server/src/core/boundedRead';
import { fileErrorReason } from '../../server/src/core/fileErrors';
import { UsageError } from './cliArguments';
import { HostResolver } from '../../verify/src/resolve';
import type { Language } from '../../server/src/core/localized';
import { particle } from '../../server/src/core/koreanParticles';

/** Far more than any real ntp.conf or chrony.conf. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The text of a config file named on the command line; anything but a small regular file is a UsageError (exit 2). */
export function readConfigArgument(path: string, language: Language): string {
  try {
    return readRegularFile(path, MAX_CONFIG_BYTES).toString('utf8');
  } catch (error) {
    const why = fileErrorReason(error, language);
    throw new UsageError(language === 'ko' ? `${path}${particle(path, '을')} 읽을 수 없습니다: ${why}` : `cannot read ${path}: ${why}`);
  }
}

/** `NTPCONF_DNS_SERVERS=127.0.0.1:5353,…` asks those servers instead of the system's; a UsageError if malformed. */
export function resolverFromEnvironment(env: NodeJS.ProcessEnv): HostResolver | undefined {
  const servers = env.NTPCONF_DNS_SERVERS?.split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (servers === undefined || servers.length === 0) return undefined;
  try {
    return new HostResolver({ servers });
  } catch {
    throw new UsageError(`NTPCONF_DNS_SERVERS takes addresses with optional ports (127.0.0.1:5353,[::1]:53), not '${env.NTPCONF_DNS_SERVERS ?? ''}'`);
  }
}
