/**
 * `npm run check:content`: validates every article and company in `CONTENT_DIR` with the build's
 * own rules, without building, and lists every problem (exit code 1) and every warning (exit code 0).
 */
import { reportContent } from '../src/node/contentReport.ts';

const report = reportContent();
if (report.problems) console.error(report.problems);
for (const note of report.notes) console.log(note);
if (report.warnings) console.warn(report.warnings);
if (!report.ok) process.exitCode = 1;
