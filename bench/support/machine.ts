import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';

// package.json read from node_modules directly: several packages do not export it
function pkgVersion(name: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

function command(cmd: string, args: string[]): string | null {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n')[0] ?? null;
  } catch (err) {
    // `java -version` writes to stderr
    const e = err as { stderr?: string };
    return e.stderr?.trim().split('\n')[0] ?? null;
  }
}

/** `java -version` writes to stderr. */
function javaVersion(): string | null {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n')[0] || null;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  java: string | null;
  chromium: string | null;
  commit: string | null;
  /** 1-minute load average when the run started: other work on the machine distorts every figure */
  loadAverageAtStart: number;
  packages: Record<string, string | null>;
}

/** The code measured: the checked-out commit, short. */
export function gitCommit(): string | null {
  return command('git', ['rev-parse', '--short', 'HEAD']);
}

/** What the figures were measured on. */
export function machineInfo(): MachineInfo {
  let os = `${platform()} ${release()}`;
  try {
    const pretty = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) os = `${pretty} (kernel ${release()})`;
  } catch {
    /* not Linux */
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os,
    node: process.version,
    java: javaVersion(),
    chromium: command('/usr/bin/chromium', ['--version']),
    commit: gitCommit(),
    loadAverageAtStart: Math.round(loadavg()[0]! * 100) / 100,
    packages: Object.fromEntries(
      ['neo4j-driver', 'graphql', '@apollo/server', '@neo4j/graphql', 'autocannon', 'cytoscape', 'playwright-core', 'vite'].map((p) => [p, pkgVersion(p)]),
    ),
  };
}
