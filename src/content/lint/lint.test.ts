import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseLesson, parseModule, readContent, type LoadedLesson } from '../read.ts';
import { lintContent } from './lint.ts';
import { lessonReadability } from './module-rules.ts';
import { summariseLessons } from './summary.ts';

const SOURCES = `sources:
  - id: s3
    title: Online safety
    publisher: Safeguarding partnership
    url: https://example.org/online-safety
    accessed: 2026-11-23
`;

/** A lesson file: frontmatter lines (after the fixed fields), then prose. */
function lesson(
	prose: string,
	{ extra = '', keyMessage = 'It is never your fault' } = {},
): LoadedLesson {
	const text = `---
id: sample-lesson
title: Sample lesson
summary: A small lesson used by the tests of the content lint.
audiences: [school, adult]
minutes: 10
objectives:
  - Name two signs of a fake profile
keyMessages:
  - "${keyMessage}"
${SOURCES}${extra}---

${prose}
`;
	const { lesson: loaded, errors } = parseLesson('lessons/sample-lesson.mdx', text);
	expect(errors).toEqual([]);
	if (!loaded) throw new Error('the test lesson did not load');
	return loaded;
}

const activity = (fields: string) => `activities:
  - id: sample-q1
    type: single-choice
    prompt: What should Sam do first?
    sources: [s3]
${fields}`;

const OPTIONS = (
	wrong: string,
	right: string,
	feedback = 'Right. Keep the evidence and get help.',
) => `    options:
      - id: a
        text: "${wrong}"
        correct: false
        feedback: Paying rarely stops it; they will likely ask for more.
      - id: b
        text: "${right}"
        correct: true
        feedback: "${feedback}"
`;

const names = (l: LoadedLesson) =>
	lintContent([l], []).map((e) => `${e.name} ${e.file}:${String(e.line)}`);

describe('NoSources', () => {
	test('a lesson that lists sources but cites none has, in effect, none', () => {
		expect(names(lesson("Don't pay."))).toEqual(['NoSources lessons/sample-lesson.mdx:11']);
	});
	test('one <Cite>, or one activity, is enough', () => {
		expect(names(lesson('Don\'t pay.<Cite id="s3" />'))).toEqual([]);
		expect(
			names(lesson("Don't pay.", { extra: activity(OPTIONS('Pay', 'Tell someone')) })),
		).toEqual([]);
	});
});

describe('UnsourcedStatistic', () => {
	test('a statistic needs a <Cite> in the same paragraph', () => {
		const l = lesson('In 2021, the helpline dealt with 1,124 cases.\n\nAdvice.<Cite id="s3" />');
		expect(lintContent([l], []).map((e) => [e.name, e.line, e.message])).toEqual([
			[
				'UnsourcedStatistic',
				19,
				'The statistic "1,124" (a count in a sentence with the year 2021) in the paragraph has no <Cite> in the same paragraph: "In 2021, the helpline dealt with 1,124 cases."',
			],
		]);
	});
	test('a <Cite> anywhere in the paragraph, list item or table row covers it', () => {
		expect(
			names(lesson('In 88% of them, the person was male. That is many.<Cite id="s3" />')),
		).toEqual([]);
		expect(names(lesson('- In 88% of them, the person was male<Cite id="s3" />.'))).toEqual([]);
		expect(
			names(
				lesson(
					'| Year | Cases |\n| --- | --- |\n| 2021 | 1,124 cases in 2021 | <Cite id="s3" /> |',
				),
			),
		).toEqual([]);
	});
	test('ages, story counts and ids are not statistics', () => {
		expect(
			names(
				lesson(
					'Jay, 15, sees Mia, 16: 3 posts, 40 mutual friends, handle @mia.2k.<Cite id="s3" />\n\nSam is 16 and has 200 followers.',
				),
			),
		).toEqual([]);
	});
	test('a key message may repeat a figure the prose cites, not a new one', () => {
		const prose = 'In 88% of cases the person was male.<Cite id="s3" />';
		expect(names(lesson(prose, { keyMessage: 'Boys were 88% of those targeted.' }))).toEqual([]);
		const l = lesson(prose, { keyMessage: 'Boys were 91% of those targeted.' });
		expect(lintContent([l], []).map((e) => [e.name, e.line, e.hint])).toEqual([
			[
				'UnsourcedStatistic',
				10,
				'State the figure in the prose with its <Cite id="…" />; then the key message may repeat it. Or leave the number out here.',
			],
		]);
	});
	test("activity text is backed by the activity's sources; with none it is an error", () => {
		const l = lesson('Advice.<Cite id="s3" />', {
			extra: activity(OPTIONS('Pay', 'Tell someone', 'Right: 88% of victims in 2023 were boys.')),
		});
		expect(names(l)).toEqual([]);
		const first = l.data.activities[0];
		if (!first) throw new Error('no activity');
		const unsourced = { ...l, data: { ...l.data, activities: [{ ...first, sources: [] }] } };
		expect(lintContent([unsourced], []).map((e) => [e.name, e.line, e.hint])).toEqual([
			[
				'UnsourcedStatistic',
				30,
				'Add the id of the figure\'s source to the activity\'s "sources" (s3).',
			],
		]);
	});
});

describe('UnknownPhoneNumber', () => {
	test('numbers from the helpline table pass, however they are spaced', () => {
		expect(
			names(lesson('Call Childline on 0800 11 11 or Samaritans on 116123.<Cite id="s3" />')),
		).toEqual([]);
	});
	test('any other number is an error, in prose or an activity', () => {
		const l = lesson('Call 0800 123 4567.<Cite id="s3" />', {
			extra: activity(OPTIONS('Pay', 'Call 111', 'Right. Or ring 0207 946 0000.')),
		});
		expect(lintContent([l], []).map((e) => [e.name, e.line, e.message])).toEqual([
			[
				'UnknownPhoneNumber',
				28,
				'The phone number "111" in the activity "sample-q1", option b is not in the helpline table (src/data/helplines.ts).',
			],
			[
				'UnknownPhoneNumber',
				30,
				'The phone number "0207 946 0000" in the activity "sample-q1", option b feedback is not in the helpline table (src/data/helplines.ts).',
			],
			[
				'UnknownPhoneNumber',
				33,
				'The phone number "0800 123 4567" in the paragraph is not in the helpline table (src/data/helplines.ts).',
			],
		]);
	});
});

describe('HarmfulPhrase', () => {
	test('the lesson voice is checked: prose, key messages, right answers, feedback', () => {
		const l = lesson('It is your own fault.<Cite id="s3" />', {
			keyMessage: 'This could ruin your life',
			extra: activity(
				OPTIONS('Pay', 'He was stupid to send it', 'Right. He should have known better.'),
			),
		});
		expect(
			lintContent([l], []).map(
				(e) => `${e.name} ${String(e.line)} ${e.message.split('(')[0] ?? ''}`,
			),
		).toEqual([
			'HarmfulPhrase 10 The key message 1 says "ruin your life" ',
			'HarmfulPhrase 28 The activity "sample-q1", option b says "stupid" ',
			'HarmfulPhrase 30 The activity "sample-q1", option b feedback says "should have known better" ',
			'HarmfulPhrase 33 The paragraph says "your own fault" ',
		]);
	});
	test('a source whose title names a suicide method: learners read it in the source list', () => {
		const l = lesson('Signpost as you go.<Cite id="s9" />', {
			extra: `  - id: s9
    title: Guidance for reporting rail suicides
    publisher: Samaritans
    url: https://example.org/media-guidelines
    accessed: 2026-11-23
`,
		});
		const [error, ...rest] = lintContent([l], []);
		expect(rest).toEqual([]);
		expect(`${String(error?.name)} ${String(error?.line)}`).toBe('HarmfulPhrase 18');
		expect(error?.message).toContain('The source "s9" title says "rail suicides"');
		expect(error?.hint).toContain('Cite another page that says the same');
	});
	test('negated phrasing and characters’ words (wrong options, chat lines) pass', () => {
		const l = lesson('It\'s not your fault.<Cite id="s3" /> Nobody deserves this.', {
			extra: activity(
				OPTIONS("It's his own fault", 'Check on Sam', "Right. Saying 'his fault' blames Sam."),
			),
		});
		expect(names(l)).toEqual([]);
	});
	test("a choice on a scenario's way to a safe ending is a model answer, quoted or not", () => {
		const scenario = (helps: string, waits: string) =>
			lesson('Play the chat.<Cite id="s3" />', {
				extra: `activities:
  - id: sample-chat
    type: scenario
    prompt: Play the chat.
    sources: [s3]
    contact: { name: Zac }
    start: a
    nodes:
      - id: a
        messages:
          - from: them
            text: they want more
        choices:
          - id: help
            text: "${helps}"
            next: b
          - id: wait
            text: "${waits}"
            next: c
      - id: b
        ending: { safe: true, feedback: Zac got help., safeMove: Tell an adult the same day. }
      - id: c
        ending: { safe: false, feedback: That could copy the image too., safeMove: Save the messages and not the image. }
`,
			});
		const found = (l: LoadedLesson) =>
			lintContent([l], []).map(
				(e) => `${e.name} ${String(e.line)} ${e.message.split('(')[0] ?? ''}`,
			);
		expect(found(scenario("'Screenshot everything, then block them.'", 'Wait and see.'))).toEqual([
			'HarmfulPhrase 31 Activity "sample-chat", node a, choice help, leads to a safe ending, so it is a model answer, and it says "Screenshot everything" ',
		]);
		// A choice on the way to an unsafe ending may show the mistake: its ending corrects it.
		expect(
			found(scenario("'Screenshot the messages, not the pics.'", "'Screenshot everything.'")),
		).toEqual([]);
	});
});

const hard =
	'Individuals experiencing intimidation through unauthorised distribution of intimate photographic material should immediately communicate with appropriately qualified safeguarding professionals.';

describe('ReadingAgeTooHigh', () => {
	const school = (max: number) => {
		const { module, errors } = parseModule(
			'modules/sample-module.yaml',
			`id: sample-module\ntitle: Sample module\naudience: school\nageRange: { min: 11, max: 14 }\ndescription: A module used by the tests of the content lint.\nlessons: [sample-lesson]\nreporting: completion\npassMark: 80\nminutes: 50\nreadingAge: { max: ${max} }\n` +
				`lessonPlan:\n  - { minutes: 20, step: One, does: The first part of the lesson. }\n  - { minutes: 20, step: Two, does: The second part of the lesson. }\n  - { minutes: 10, step: Help, does: Where to get help. }\n`,
		);
		expect(errors).toEqual([]);
		if (!module) throw new Error('the test module did not load');
		return module;
	};

	test('a lesson above the module target fails with the figure, the target and the longest sentences', () => {
		const l = lesson(`${hard}<Cite id="s3" />`);
		const [error, ...rest] = lintContent([l], [school(12)]);
		expect(rest).toEqual([]);
		expect(error?.name).toBe('ReadingAgeTooHigh');
		expect(error?.message).toMatch(
			/^Lesson "sample-lesson" has a reading age of \d+\.\d for the school audience \(Flesch–Kincaid grade \d+\.\d \+ 5, over 4 sentences\); module "sample-module" \(modules\/sample-module.yaml\) aims at 12 or under\.$/,
		);
		expect(error?.hint).toContain(
			'lessons/sample-lesson.mdx:19:1 (18 words): "Individuals experiencing',
		);
		expect(lintContent([l], [school(25)])).toEqual([]);
	});

	test("only the module audience's text counts: activities and audience blocks for others are left out", () => {
		const l = lesson(
			`Don't pay.<Cite id="s3" />\n\n<Only audiences="adult">\n\n${hard}\n\n</Only>`,
			{
				extra: `${activity(OPTIONS('Pay', 'Tell someone', `Right. ${hard}`))}    audiences: [adult]\n`,
			},
		);
		expect(lessonReadability(l, 'adult').readingAge).toBeGreaterThan(
			lessonReadability(l, 'school').readingAge + 5,
		);
		expect(lintContent([l], [school(12)])).toEqual([]);
	});

	test('a module without a target is not measured', () => {
		const l = lesson(`${hard}<Cite id="s3" />`);
		const { module } = parseModule(
			'modules/m.yaml',
			'id: m1\ntitle: M one\naudience: adult\nageRange: { min: 18, max: 35 }\ndescription: A module with no reading-age target.\nlessons: [sample-lesson]\nreporting: completion\npassMark: 80\nminutes: 30\n',
		);
		expect(lintContent([l], module ? [module] : [])).toEqual([]);
	});
});

describe('the shipped lessons', () => {
	test('pass the content lint, and every school module sets a reading-age target', async () => {
		const set = await readContent(join(import.meta.dirname, '../../..'));
		expect(set.errors).toEqual([]);
		expect(set.lessons.length).toBeGreaterThan(1);
		for (const m of set.modules.filter((m) => m.data.audience === 'school'))
			expect(m.data.readingAge?.max, m.file).toBeLessThanOrEqual(14);
		for (const s of summariseLessons(set.lessons, set.modules))
			for (const r of s.readingAges)
				for (const t of r.targets)
					expect(r.readingAge, `${s.id} in ${t.module}`).toBeLessThanOrEqual(t.max);
	}, 30_000);
});

describe('AnswerPlaceRepeated, for chat stories', () => {
	/** A chat whose safe first reply is at `place` (1-based) of three. */
	const chat = (n: number, place: number) => {
		const replies = ['unsafe-a', 'unsafe-b'];
		replies.splice(place - 1, 0, 'safe');
		return `  - id: chat-${String(n)}
    type: scenario
    prompt: Play the chat.
    sources: [s3]
    contact: { name: Zac }
    start: a
    nodes:
      - id: a
        messages:
          - from: them
            text: send a pic
        choices:
${replies.map((r) => `          - id: ${r}\n            text: "${r === 'safe' ? 'Stop, block and tell someone.' : 'Send one.'}"\n            next: ${r === 'safe' ? 'good' : 'bad'}`).join('\n')}
      - id: good
        ending: { safe: true, feedback: Zac got help., safeMove: Tell an adult the same day. }
      - id: bad
        ending: { safe: false, feedback: That could go wrong., safeMove: Tell an adult the same day. }
`;
	};
	const module = () => {
		const { module: m, errors } = parseModule(
			'modules/sample-module.yaml',
			`id: sample-module\ntitle: Sample module\naudience: school\nageRange: { min: 11, max: 14 }\ndescription: A module used by the tests of the content lint.\nlessons: [sample-lesson]\nreporting: completion\npassMark: 80\nminutes: 50\n` +
				`lessonPlan:\n  - { minutes: 20, step: One, does: The first part of the lesson. }\n  - { minutes: 20, step: Two, does: The second part of the lesson. }\n  - { minutes: 10, step: Help, does: Where to get help. }\n`,
		);
		expect(errors).toEqual([]);
		if (!m) throw new Error('the test module did not load');
		return m;
	};
	const withChats = (places: number[]) =>
		lesson('Play the chats.<Cite id="s3" />', {
			extra: `activities:\n${places.map((p, i) => chat(i, p)).join('')}`,
		});

	test('the safe first reply in the same place in most chats: learners pick the place', () => {
		const [error, ...rest] = lintContent([withChats([2, 2, 2, 3])], [module()]);
		expect(rest).toEqual([]);
		expect(error?.name).toBe('AnswerPlaceRepeated');
		expect(error?.message).toBe(
			'Module "sample-module" shows its school audience 4 chat stories, and in 3 of them the safe first reply is the second choice ("chat-0", "chat-1", "chat-2"). Learners soon learn to pick that place, not to read the chat.',
		);
	});

	test('spread over the places (half at most in one), or too few chats to tell, passes', () => {
		expect(lintContent([withChats([1, 2, 2, 3])], [module()])).toEqual([]);
		expect(lintContent([withChats([2, 2, 2])], [module()])).toEqual([]);
	});
});
