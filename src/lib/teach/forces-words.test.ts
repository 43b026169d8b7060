import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../content/read.ts';
import { schoolAgeNames, schoolWordsIn } from '../../../tests/support/school-words.ts';
import { lessonProseParts } from '../search/lesson-text.ts';
import { moduleContent } from '../search/module-index.ts';
import { siteContentOf } from '../search/site-content.ts';
import { hasPack, modulePack } from './module-pack.ts';

/**
 * Issue #15: recruits and trainees (17–25) meet forces stories in forces words, in their package
 * and in their trainer's pack, never the school stories (Jay, 13; Maya, 15) or a school's words.
 * Read from the shipped lessons and modules, as the build reads them.
 */
describe('the shipped forces module', async () => {
	const root = join(import.meta.dirname, '../../..');
	const set = await readContent(root);
	const content = siteContentOf(set);
	const names = schoolAgeNames(root);
	const forces = set.modules.map((m) => m.data).filter((m) => m.audience === 'forces');

	test('the school-age characters are found in the lessons', () => {
		expect(set.errors).toEqual([]);
		expect(names).toEqual(expect.arrayContaining(['Jay', 'Mia', 'Maya', 'Alfie', 'Sam', 'Leah']));
		expect(forces.length).toBeGreaterThan(0);
	});

	test('every lesson for forces learners, as a forces package shows it, tells forces stories in forces words', () => {
		const module = forces[0];
		if (!module) throw new Error('a forces module');
		// Each lesson written for forces (the module's and any other), narrowed as a package narrows it.
		const lessons = content.lessons.filter((l) => l.data.audiences.includes('forces'));
		const narrowed = moduleContent({ ...module, lessons: lessons.map((l) => l.data.id) }, content);
		expect(narrowed.lessons.map((l) => l.data.id)).toEqual(
			expect.arrayContaining(['fake-profiles', 'too-good-to-be-true', 'if-it-happens']),
		);
		for (const lesson of narrowed.lessons) {
			const prose = lessonProseParts(lesson.data, lesson.body)
				.map((p) => p.text)
				.join('\n');
			// Everything a learner reads in an activity: prompts, options, feedback, chat lines.
			const activities = JSON.stringify(lesson.data.activities);
			const { summary, objectives, keyMessages } = lesson.data;
			const text = [summary, ...objectives, ...keyMessages, prose, activities].join('\n');
			expect(schoolWordsIn(text, names), lesson.data.id).toEqual([]);
		}
	});

	test('its trainer pack (every activity its learners meet, the plan, the guidance) uses forces words', () => {
		for (const module of forces) {
			if (!hasPack(module)) continue;
			const lessons = module.lessons.flatMap(
				(id) => set.lessons.find((l) => l.data.id === id)?.data ?? [],
			);
			const pack = modulePack(module, lessons);
			const text = JSON.stringify({
				activities: pack.activities.map((a) => a.activity),
				plan: pack.plan.map(({ step, does }) => ({ step, does })),
				guidance: pack.guidance,
				framework: pack.framework.links,
			});
			expect(schoolWordsIn(text, names), module.id).toEqual([]);
		}
	});
});
