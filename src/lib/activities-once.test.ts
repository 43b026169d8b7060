import { describe, expect, test } from 'vitest';
import { activitiesOnce } from './activities-once.ts';
import { activityInPackage } from './package-data.ts';

describe('each activity once in a package launch page', () => {
	const activity = {
		id: 'q1',
		type: 'true-false',
		prompt: 'Is "Mia" <real>? It\'s & not',
		answer: false,
	};
	const attr = (value: unknown) =>
		JSON.stringify(value)
			.replace(/&/g, '&amp;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&#39;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;');
	const props = {
		card: [
			0,
			{
				activityId: [0, 'q1'],
				lessonId: [0, 'l1'],
				sourceNumbers: [0, { ceop: [0, 1], iwf: [0, 2] }],
				activity: [0, { id: [0, 'q1'], prompt: [0, activity.prompt] }],
			},
		],
	};
	const data = { lessons: [{ id: 'l1', activities: [activity], sources: ['ceop', 'iwf'] }] };
	const page = (withData: boolean) =>
		`<body>${withData ? `<script type="application/json" id="package-data">${JSON.stringify(data)}</script>` : ''}<astro-island uid="a" component-url="/_astro/card.x1.js" props="${attr(props)}" ssr client="reach"></astro-island></body>`;

	test("drops an island's copy of its activity and source numbers; the card finds both in #package-data by the id it keeps", () => {
		const out = activitiesOnce(page(true));
		const tag = /<astro-island[^>]*>/.exec(out)?.[0] ?? '';
		const raw = /props="([^"]*)"/.exec(tag)?.[1] ?? '';
		const kept: unknown = JSON.parse(
			raw
				.replace(/&quot;/g, '"')
				.replace(/&#39;/g, "'")
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&amp;/g, '&'),
		);
		expect(kept).toEqual({ card: [0, { activityId: [0, 'q1'], lessonId: [0, 'l1'] }] });
		const json = /id="package-data">([\s\S]*?)<\/script>/.exec(out)?.[1] ?? '';
		expect(activityInPackage(json, 'q1')).toEqual({ activity, sourceNumbers: { ceop: 1, iwf: 2 } });
		expect(activityInPackage(json, 'q2')).toBeUndefined();
		expect(out.length).toBeLessThan(page(true).length);
	});

	test('a page without #package-data (a lesson page, a teacher pack) keeps its islands as they are', () => {
		expect(activitiesOnce(page(false))).toBe(page(false));
	});
});
