/**
 * What pages carry and load (issue #16): each activity written once into every package page, and a
 * lesson page downloading only the activity code it uses. Reads the built files; one page visit.
 */
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', '#39': "'", lt: '<', gt: '>' };
const decode = (value: string) =>
	value.replace(/&(quot|amp|#39|lt|gt);/g, (_all, name: string) => ENTITIES[name] ?? '');

interface Data {
	lessons: { id: string; activities: { id: string; prompt: string }[] }[];
}

/** Every launch page: the site's `/package/<id>/` and each zip's `index.html`. */
function launchPages(): [string, string][] {
	const site = readdirSync('dist/package').map((id): [string, string] => [
		`/package/${id}/`,
		readFileSync(join('dist/package', id, 'index.html'), 'utf8'),
	]);
	const zips = readdirSync('dist/downloads')
		.filter((f) => f.endsWith('.zip'))
		.map((f): [string, string] => {
			const entry = unzipSync(new Uint8Array(readFileSync(join('dist/downloads', f))))[
				'index.html'
			];
			return [f, new TextDecoder().decode(entry)];
		});
	return [...site, ...zips];
}

test('every package launch page (site and each zip) writes each activity once: in #package-data, not again in its island', () => {
	const pages = launchPages();
	expect(pages.length).toBeGreaterThanOrEqual(20);
	for (const [name, html] of pages) {
		const block = /<script[^>]*id="package-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
		expect(block, name).toBeDefined();
		const data = JSON.parse(block ?? '{}') as Data;
		const ids = data.lessons.flatMap((l) => l.activities.map((a) => a.id));
		// Every activity object has one prompt: the page holds exactly one per activity.
		expect(decode(html).split('"prompt":').length - 1, name).toBe(ids.length);
		const islands = [...html.matchAll(/<astro-island\b[^>]*?\sprops="([^"]*)"/g)].map((m) =>
			decode(m[1] ?? ''),
		);
		const named: string[] = [];
		for (const props of islands) {
			expect(props, name).not.toContain('"activity"');
			expect(props, name).not.toContain('"sourceNumbers"');
			const id = /"activityId":\[0,"([^"]+)"\]/.exec(props)?.[1];
			if (id) named.push(id);
		}
		// Each activity in the data block has its island, and no island names one twice.
		expect(named.sort(), name).toEqual([...ids].sort());
	}
});
