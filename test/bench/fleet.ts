// A fleet of typical chrony.conf files: variations of a distribution's default, as config management writes them.
const POOLS = ['2.rhel.pool.ntp.org', '2.debian.pool.ntp.org', 'ntp.ubuntu.com', '2.centos.pool.ntp.org', 'pool.ntp.org'];
const SITES = ['ntp1.example.com', 'ntp2.example.com', 'time.corp.example.net', '10.0.0.1', '192.168.1.10'];

/** The index-th file, 13 lines: pool/server, driftfile, makestep, rtcsync, keyfile, leapsectz, logdir and comments. */
export function typicalChronyConf(index: number): string {
  const pool = POOLS[index % POOLS.length]!;
  const site = SITES[(index >> 2) % SITES.length]!;
  const lines = [
    '# Use public servers from the pool.ntp.org project.',
    `pool ${pool} iburst${index % 3 === 0 ? ' maxsources 4' : ''}`,
    `server ${site} iburst${index % 5 === 0 ? ' prefer' : ''}`,
    '# Record the rate at which the system clock gains/losses time.',
    `driftfile /var/lib/chrony/${index % 2 === 0 ? 'drift' : 'chrony.drift'}`,
    `makestep ${index % 4 === 0 ? '1' : '1.0'} 3`,
    'rtcsync',
    `keyfile /etc/chrony${index % 2 === 0 ? '' : '/chrony'}.keys`,
    'leapsectz right/UTC',
    '# Specify directory for log files.',
    `logdir /var/log/chrony`,
    index % 7 === 0 ? 'log measurements statistics tracking' : '#log measurements statistics tracking',
    `ntsdumpdir /var/lib/chrony`,
  ];
  return lines.join('\n') + '\n';
}
