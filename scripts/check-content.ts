/**
 * `npm run check:content`: checks every lesson and module (schemas, references and the content
 * lint) and prints a summary per lesson (reading age per audience against each module's target,
 * counts), then each problem with file:line and a fix. Exits 1 when there is any problem. The build
 * runs the same check.
 */
import { formatContentErrors } from '../src/content/errors.ts';
import { formatSummaries, summariseLessons } from '../src/content/lint/summary.ts';
import { readContent } from '../src/content/read.ts';
import { contentRoot } from '../src/content-root.ts';

const set = await readContent(contentRoot(process.cwd()));
if (set.lessons.length)
	console.log(`${formatSummaries(summariseLessons(set.lessons, set.modules))}\n`);
if (set.errors.length) {
	console.error(formatContentErrors(set.errors));
	process.exit(1);
}
console.log(`Content OK: ${set.lessons.length} lessons, ${set.modules.length} modules.`);
