import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseLesson } from '../read.ts';
import { lessonTexts } from './texts.ts';

test('lessonTexts tells the lesson voice from a character’s words, and places each text', async () => {
	const file = 'lessons/fake-profiles.mdx';
	const { lesson } = parseLesson(
		file,
		await readFile(join(import.meta.dirname, '../../..', file), 'utf8'),
	);
	if (!lesson) throw new Error('fake-profiles did not load');
	const units = lessonTexts(lesson);
	const byLabel = (label: string) => units.find((u) => u.label === label);

	expect(byLabel('summary')).toMatchObject({
		origin: 'field',
		refs: undefined,
		isLessonVoice: true,
		isReadable: true,
	});
	expect(byLabel('title')).toMatchObject({ isReadable: false });
	// A wrong option is a character's choice; the right one and every feedback are the lesson's.
	expect(byLabel('activity "fake-profiles-mia-request", option a')).toMatchObject({
		origin: 'activity',
		isLessonVoice: false,
		refs: lesson.data.activities.find((a) => a.id === 'fake-profiles-mia-request')?.sources,
	});
	expect(byLabel('activity "fake-profiles-mia-request", option b')?.isLessonVoice).toBe(true);
	expect(byLabel('activity "fake-profiles-mia-request", option a feedback')?.isLessonVoice).toBe(
		true,
	);
	// In a chat, the narrator speaks for the lesson; "them" and the learner's replies do not.
	expect(byLabel('activity "fake-profiles-mia-chat", node a, message 1')?.isLessonVoice).toBe(true);
	const them = units.find(
		(u) => u.label.includes('mia-chat') && u.parts[0] === 'hey Jay! you seem really nice',
	);
	expect(them?.isLessonVoice).toBe(false);
	expect(byLabel('activity "fake-profiles-mia-chat", node a, choice accept')?.isLessonVoice).toBe(
		false,
	);
	const card = units.find((u) => u.parts[0] === '23 followers · Following 1,480 · 3 posts');
	expect(card).toMatchObject({ origin: 'activity', isLessonVoice: false });
	// Lines point into the file: the YAML field, or the paragraph.
	const prompt = byLabel('activity "fake-profiles-mia-request", prompt');
	const lines = (await readFile(join(import.meta.dirname, '../../..', file), 'utf8')).split('\n');
	expect(lines[(prompt?.where.line ?? 0) - 1]).toContain('prompt: "Jay, 13, gets a friend request');
	const heading = units.find((u) => u.origin === 'prose' && u.label === 'heading');
	expect(heading?.isReadable).toBe(false);
	expect(lines[(heading?.where.line ?? 0) - 1]).toBe(`## ${heading?.parts[0] ?? ''}`);
});

test('teacher notes are checked as the lesson’s voice, with their own sources, but not read by learners', async () => {
	const file = 'lessons/helping-a-friend.mdx';
	const { lesson } = parseLesson(
		file,
		await readFile(join(import.meta.dirname, '../../..', file), 'utf8'),
	);
	if (!lesson) throw new Error('helping-a-friend did not load');
	const note = lessonTexts(lesson).find(
		(u) => u.label === 'activity "helping-a-friend-worried", teacher note 3',
	);
	expect(note).toMatchObject({
		origin: 'activity',
		isLessonVoice: true,
		isReadable: false,
		audiences: ['school'],
	});
	expect(note?.parts[0]).toMatch(/^Never describe or discuss methods/);
	expect(note?.refs).toEqual(['s61', 's64']);
});
