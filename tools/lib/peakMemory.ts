/**
 * Peak memory of a command and every Node process it starts. Preloaded into each of them
 * (`NODE_OPTIONS=--import`, set by `peakMemoryEnv`), this module appends the process's peak resident
 * memory (ru_maxrss) to the file named by `PEAK_MEMORY_FILE` when it exits; `readPeakMemoryMb`
 * gives the largest. Processes that are not Node (a native binary a build starts) are not counted.
 */
import { appendFileSync, readFileSync } from 'node:fs';

const target = process.env['PEAK_MEMORY_FILE'];
if (target) {
  process.on('exit', () => appendFileSync(target, `${process.pid} ${process.resourceUsage().maxRSS}\n`));
}

/** Environment variables that make every Node process of a command record its peak memory in `file`, with other Node options. */
export function peakMemoryEnv(file: string, nodeOptions = process.env['NODE_OPTIONS']): Record<string, string> {
  const options = [nodeOptions, `--import=${import.meta.filename}`].filter(Boolean).join(' ');
  return { NODE_OPTIONS: options, PEAK_MEMORY_FILE: file };
}

/** The largest peak resident memory, in megabytes, that any process recorded in `file`. */
export function readPeakMemoryMb(file: string): number {
  const kilobytes = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => Number(line.split(' ')[1]));
  if (kilobytes.length === 0 || kilobytes.some(Number.isNaN)) throw new Error(`No peak memory recorded in ${file}.`);
  return Math.max(...kilobytes) / 1024;
}
