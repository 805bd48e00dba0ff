/**
 * Preloaded into a benchmarked process (`node --import`): on exit it writes the process's peak
 * resident memory (ru_maxrss, in kilobytes) to the file named by `PEAK_MEMORY_FILE`.
 */
import { writeFileSync } from 'node:fs';

const target = process.env['PEAK_MEMORY_FILE'];
if (target) {
  process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
}
