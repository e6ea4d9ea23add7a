// A real PostgreSQL for the tests: Debian's server binaries (installed with
// apt-get when missing and running as root), a throw-away cluster in a
// temporary folder owned by the `postgres` user, on a free port.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';

function serverBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((name) => existsSync(join(base, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export function ensurePostgresInstalled(): string {
  const found = serverBin();
  if (found) return found;
  if (!isRoot()) {
    throw new Error(
      'PostgreSQL is not installed: run "apt-get install postgresql" as root (or run the tests as root), then try again.',
    );
  }
  console.log('PostgreSQL not found: installing Debian\'s "postgresql" package with apt-get…');
  execFileSync(
    '/bin/sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql'],
    {
      stdio: 'inherit',
    },
  );
  const installed = serverBin();
  if (!installed) throw new Error('apt-get ran but no PostgreSQL server binaries appeared under /usr/lib/postgresql.');
  return installed;
}

/** The cluster's one role that must give its password (the others are trusted); the test creates it. */
export const passwordRole = 'password_check';

export interface Cluster {
  url: string;
  stop(): void;
}

/** Runs a command as the postgres user (PostgreSQL refuses to run as root). */
function asPostgres(command: string, args: string[]): void {
  const quoted = [command, ...args].map((part) => `'${part.replace(/'/g, `'\\''`)}'`).join(' ');
  if (isRoot()) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { stdio: 'pipe' });
  else execFileSync(command, args, { stdio: 'pipe' });
}

/** fsync is off for tests (speed); the bench keeps it on, as a real server would. */
export async function startCluster(durable = false): Promise<Cluster> {
  const bin = ensurePostgresInstalled();
  const dir = mkdtempSync(join(tmpdir(), 'receiver-pg-'));
  if (isRoot())
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', 'postgres']).toString()),
      Number(execFileSync('id', ['-g', 'postgres']).toString()),
    );
  const port = await freePort();
  const data = join(dir, 'data');
  asPostgres(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  // Every role is trusted but one, so that a refused password can be tested (receiver-messages.test.ts).
  const hba = join(data, 'pg_hba.conf');
  writeFileSync(hba, `host all ${passwordRole} 127.0.0.1/32 scram-sha-256\n${readFileSync(hba, 'utf8')}`);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=${durable ? 'on' : 'off'} -c max_connections=200`;
  asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
