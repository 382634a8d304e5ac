/**
 * Runs a command and measures it: wall time, CPU time, and the peak memory of the largest
 * process in its tree. Peak memory comes from GNU time's maximum resident set size where
 * /usr/bin/time exists (exact, counts short-lived children), and from polling
 * /proc/<pid>/status VmHWM of every process in the tree (names the largest one).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one measured run took. */
export interface Run {
  /** Wall-clock milliseconds from spawn to exit. */
  wallMs: number;
  /** CPU seconds (user + system) of the whole tree: GNU time's or the sum polled from /proc, the larger. Steadier than wall time on a loaded machine. */
  cpuS: number | null;
  /** Peak resident memory of the largest process in the tree, KiB. */
  peakKiB: number;
  /** The largest process seen by polling: its name and command line. */
  largest: string;
  /** How the peak was measured. */
  method: string;
  /** Exit code (null when killed by a signal). */
  code: number | null;
}

const GNU_TIME = '/usr/bin/time';

/** Children of every process, from /proc/<pid>/stat (Linux). */
function childrenMap(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return map;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

const TICKS = 100; // clock ticks per second (USER_HZ) on Linux

/** VmHWM (peak resident set, KiB), CPU seconds so far and command line of a process, or null if it is gone. */
function sample(pid: number): { kib: number; cpuS: number; cmd: string } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .filter(Boolean)
      .slice(0, 3)
      .join(' ');
    return { kib, cpuS: (Number(fields[11]) + Number(fields[12])) / TICKS, cmd };
  } catch {
    return null;
  }
}

/** Runs `command args` in `cwd`, output to `logFile`, and measures it. */
export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<Run> {
  const useTime = existsSync(GNU_TIME);
  const scratch = await mkdtemp(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'rss');
  const [cmd, argv] = useTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
    : [command, [...args]];
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  let largest = { kib: 0, cmd: '' };
  const cpuByPid = new Map<number, number>();
  const poll = () => {
    if (child.pid === undefined) return;
    const tree = childrenMap();
    const stack = [child.pid];
    while (stack.length) {
      const pid = stack.pop() as number;
      const seen = sample(pid);
      if (seen) {
        cpuByPid.set(pid, seen.cpuS);
        if (seen.kib > largest.kib && !seen.cmd.startsWith(GNU_TIME)) largest = seen;
      }
      stack.push(...(tree.get(pid) ?? []));
    }
  };
  const timer = setInterval(poll, 100);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  await new Promise<void>((resolve) => log.end(resolve));

  let timeKiB = 0;
  let cpuS: number | null = null;
  if (useTime) {
    const text = await readFile(timeFile, 'utf8').catch(() => '');
    const m = /(\d+) ([\d.]+) ([\d.]+)\s*$/.exec(text.trim());
    if (m) {
      timeKiB = Number(m[1]);
      cpuS = Number(m[2]) + Number(m[3]);
    }
  }
  await rm(scratch, { recursive: true, force: true });
  // GNU time counts only children that were waited for (not Pagefind's service process);
  // polling counts every process it saw, up to its last sample.
  const polledCpu = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
  if (cpuByPid.size) cpuS = Math.max(cpuS ?? 0, polledCpu);
  return {
    wallMs,
    cpuS,
    peakKiB: Math.max(timeKiB, largest.kib),
    largest: largest.cmd || 'unknown',
    method: useTime
      ? 'GNU time max RSS + /proc VmHWM polling'
      : '/proc VmHWM polling (every 100 ms)',
    code,
  };
}
