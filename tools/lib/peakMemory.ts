/**
 * Peak memory and CPU time of a command and every Node process it starts. Preloaded into each of
 * them (`NODE_OPTIONS=--import`, set by `peakMemoryEnv`), this module appends the process's peak
 * resident memory (ru_maxrss) and CPU time to the file named by `PEAK_MEMORY_FILE` when it exits;
 * `readUsage` gives the largest peak and the total CPU time. Processes that are not Node (a native
 * binary a build starts) are not counted.
 */
import { appendFileSync, readFileSync } from 'node:fs';

const target = process.env['PEAK_MEMORY_FILE'];
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(target, `${process.pid} ${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
}

/** Environment variables that make every Node process of a command record its usage in `file` (with more Node options, if given). */
export function peakMemoryEnv(file: string, moreNodeOptions?: string): Record<string, string> {
  const options = [process.env['NODE_OPTIONS'], moreNodeOptions, `--import=${import.meta.filename}`]
    .filter(Boolean)
    .join(' ');
  return { NODE_OPTIONS: options, PEAK_MEMORY_FILE: file };
}

/** What the processes of a command used: the largest peak resident memory, and their CPU time added up. */
export interface Usage {
  peakMemoryMb: number;
  /** User and system time of every thread; unlike wall time, it hardly changes with other work on the machine. */
  cpuSeconds: number;
}

/** The usage recorded in `file`. */
export function readUsage(file: string): Usage {
  const records = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' ').map(Number));
  if (records.some((record) => record.length !== 3 || record.some(Number.isNaN))) {
    throw new Error(`No usage recorded in ${file}.`);
  }
  return {
    peakMemoryMb: Math.max(...records.map(([, kilobytes = 0]) => kilobytes)) / 1024,
    cpuSeconds: records.reduce((sum, [, , microseconds = 0]) => sum + microseconds, 0) / 1e6,
  };
}
