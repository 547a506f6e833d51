import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface ProcessStat {
  pid: number;
  ppid: number;
  name: string;
  /** User plus system time, in clock ticks. */
  ticks: number;
}

/** One line of /proc/<pid>/stat: the name is in parentheses and may itself hold spaces or parentheses. */
export function parseStat(line: string): ProcessStat {
  const open = line.indexOf("(");
  const close = line.lastIndexOf(")");
  const fields = line.slice(close + 2).split(" ");
  // After the name: state, ppid, … utime is the 14th field of the line, stime the 15th.
  return {
    pid: Number(line.slice(0, open).trim()),
    ppid: Number(fields[1]),
    name: line.slice(open + 1, close),
    ticks: Number(fields[11]) + Number(fields[12]),
  };
}

function readStats(): ProcessStat[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        return [parseStat(readFileSync(`/proc/${pid}/stat`, "utf8"))];
      } catch {
        return []; // ended while being read
      }
    });
}

/** The processes below `root`: children, their children and so on. */
export function descendants(stats: ProcessStat[], root: number): ProcessStat[] {
  const below = new Set([root]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const stat of stats)
      if (below.has(stat.ppid) && !below.has(stat.pid)) {
        below.add(stat.pid);
        grown = true;
      }
  }
  return stats.filter((stat) => stat.pid !== root && below.has(stat.pid));
}

export interface CpuSplit {
  /** CPU seconds of the Postgres server and its backends. */
  postgres: number;
  /** CPU seconds of everything else this process started: the app server. */
  app: number;
}

/**
 * CPU time used so far by the processes this benchmark started (Linux /proc): a measure of the work a request
 * costs that, unlike its wall-clock time, hardly grows when other work shares the cores.
 */
export function childCpuSeconds(): CpuSplit {
  const ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());
  const split = { postgres: 0, app: 0 };
  for (const stat of descendants(readStats(), process.pid)) {
    if (stat.name === "postgres") split.postgres += stat.ticks / ticksPerSecond;
    else split.app += stat.ticks / ticksPerSecond;
  }
  return split;
}
