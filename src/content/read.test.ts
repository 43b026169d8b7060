import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { contentErrorNames, formatContentErrors } from './errors.ts';
import { CONTENT_LIMITS, parseLesson, readContent, type ReadContentOptions } from './read.ts';

const fixtures = join(import.meta.dirname, '../../tests/fixtures');
const run = promisify(execFile);

/** The message an author would see for one bad-input case. */
async function messageFor(name: string, options?: ReadContentOptions): Promise<string> {
	const { errors } = await readContent(join(fixtures, 'bad', name), options);
	return formatContentErrors(errors);
}

describe('readContent', () => {
	test('reads the good fixture with no errors and typed data', async () => {
		const set = await readContent(join(fixtures, 'good'));
		expect(set.errors).toEqual([]);
		expect(set.lessons.map((l) => l.data.id)).toEqual(['sample-lesson']);
		expect(set.lessons[0]?.data.activities[0]?.type).toBe('single-choice');
		expect(set.lessons[0]?.data.sources[0]?.accessed).toBe('2026-11-23');
		expect(set.modules[0]?.data.formats).toEqual(['scorm12', 'scorm2004', 'cmi5', 'offline']);
	});

	test('every bad-input case has a test below', async () => {
		const cases = await readdir(join(fixtures, 'bad'));
		const source = await import('node:fs/promises').then((fs) =>
			fs.readFile(import.meta.filename, 'utf8'),
		);
		for (const name of cases) expect(source).toContain(`messageFor('${name}'`);
	});

	test('every named content error has a case in tests/fixtures/bad/ that gives it', async () => {
		const found = new Set<string>();
		for (const name of await readdir(join(fixtures, 'bad'))) {
			const limits = name === 'file-too-large' ? { limits: { lessonBytes: 512 } } : {};
			const { errors } = await readContent(join(fixtures, 'bad', name), limits);
			for (const e of errors) found.add(e.name);
		}
		// SupportLinesMissing is about built pages: src/content/built-pages.test.ts has its cases.
		const unchecked = contentErrorNames.filter((n) => n !== 'SupportLinesMissing' && !found.has(n));
		expect(unchecked).toEqual([]);
	});

	test('a UTF-8 byte order mark before "---" is accepted, in a lesson and a module', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'second-look-bom-'));
		try {
			await cp(join(fixtures, 'good'), dir, { recursive: true });
			for (const file of ['lessons/sample-lesson.mdx', 'modules/sample-module.yaml']) {
				const path = join(dir, file);
				await writeFile(path, '\uFEFF' + (await readFile(path, 'utf8')));
			}
			const set = await readContent(dir);
			expect(set.errors).toEqual([]);
			expect(set.lessons[0]?.data.id).toBe('sample-lesson');
			expect(set.lessons[0]?.body.startsWith('\uFEFF')).toBe(false);
			const text = await readFile(join(fixtures, 'good', 'lessons', 'sample-lesson.mdx'), 'utf8');
			expect(parseLesson('lessons/sample-lesson.mdx', '\uFEFF' + text).errors).toEqual([]);
		} finally {
			await rm(dir, { recursive: true });
		}
	});

	test('an empty content root is empty, not an error', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'second-look-empty-'));
		try {
			expect(await readContent(dir)).toMatchObject({ lessons: [], modules: [], errors: [] });
		} finally {
			await rm(dir, { recursive: true });
		}
	});

	test('reports every problem at once, sorted by file and line', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'second-look-many-'));
		try {
			await cp(join(fixtures, 'bad', 'no-correct-option'), dir, { recursive: true });
			await writeFile(
				join(dir, 'modules', 'sample-module.yaml'),
				'id: sample-module\ntitle: Sample module\naudience: adult\nageRange: { min: 14, max: 11 }\n' +
					'description: A small module used by the tests of the content check.\n' +
					'lessons: [nope]\nreporting: completion\npassMark: 80\nminutes: 30\n',
			);
			const { errors } = await readContent(dir);
			expect(errors.map((e) => `${e.name} ${e.file}:${String(e.line)}`)).toEqual([
				'NoCorrectOption lessons/sample-lesson.mdx:22',
				'SchemaViolation modules/sample-module.yaml:4',
			]);
		} finally {
			await rm(dir, { recursive: true });
		}
	});
});

describe('bad input gives a named error with file:line and a fix', () => {
	test('NotUtf8: a "£" and an "é" saved as Latin-1 / Windows-1252, in a lesson and a module', async () => {
		expect(await messageFor('not-utf8')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			NotUtf8 at lessons/sample-lesson.mdx:35
			  The lesson file is not valid UTF-8: this line holds bytes in another encoding (often a "£", "é" or curly quote saved as Latin-1 or Windows-1252), which the site would show as "�" or which would break the build.
			  How to fix: Save the file as UTF-8 (in most editors: "Save with encoding" or "Encoding: UTF-8"), then check the characters on this line.

			NotUtf8 at modules/sample-module.yaml:2
			  The module file is not valid UTF-8: this line holds bytes in another encoding (often a "£", "é" or curly quote saved as Latin-1 or Windows-1252), which the site would show as "�" or which would break the build.
			  How to fix: Save the file as UTF-8 (in most editors: "Save with encoding" or "Encoding: UTF-8"), then check the characters on this line."
		`);
	});
	test('NotUtf8: a file saved as UTF-16', async () => {
		expect(await messageFor('utf16-file')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			NotUtf8 at lessons/sample-lesson.mdx:1
			  The lesson file is saved as UTF-16 (little-endian), not UTF-8, so it cannot be read.
			  How to fix: Save the file as UTF-8 (in most editors: "Save with encoding" or "Encoding: UTF-8")."
		`);
	});
	test('FrontmatterMissing', async () => {
		expect(await messageFor('frontmatter-missing')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			FrontmatterMissing at lessons/sample-lesson.mdx:1:1
			  The lesson has no frontmatter block at the top.
			  How to fix: Start the file with a line "---", the lesson fields in YAML (id, title, …), and another "---"."
		`);
	});
	test('YamlSyntaxError', async () => {
		expect(await messageFor('yaml-syntax')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			YamlSyntaxError at lessons/sample-lesson.mdx:6:10
			  The frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings
			  How to fix: Check indentation (spaces, not tabs), colons after field names, and quotes around text containing ": "."
		`);
	});
	test('MdxSyntaxError', async () => {
		expect(await messageFor('mdx-syntax')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			MdxSyntaxError at lessons/sample-lesson.mdx:37:1
			  The lesson text is not valid MDX: Expected a closing tag for \`<Activity>\`
			  How to fix: Close every tag (<Note>…</Note> or <Activity id="…" />), and write a literal "<" or "{" as &lt; or \\{."
		`);
	});
	test('SchemaViolation: a missing field', async () => {
		expect(await messageFor('missing-field')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			SchemaViolation at lessons/sample-lesson.mdx:27:9
			  "activities[0].options[1].feedback" is missing.
			  How to fix: Add "activities[0].options[1].feedback" (string); see docs/authoring.md for every field."
		`);
	});
	test('SchemaViolation: a value that is not allowed', async () => {
		expect(await messageFor('bad-audience')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			SchemaViolation at lessons/sample-lesson.mdx:5:13
			  "audiences[0]" is "pupils", which is not allowed.
			  How to fix: Use one of: "school", "forces", "adult"."
		`);
	});
	test('SchemaViolation: an unknown (misspelt) field', async () => {
		expect(await messageFor('unknown-field')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			SchemaViolation at lessons/sample-lesson.mdx:2:1
			  "summary" is missing.
			  How to fix: Add "summary" (string); see docs/authoring.md for every field.

			SchemaViolation at lessons/sample-lesson.mdx:4:9
			  Unknown field "sumary" at the top level.
			  How to fix: Did you mean "sumary" → "summary"? Check the spelling against docs/authoring.md, or remove the field."
		`);
	});
	test('UnknownLessonId', async () => {
		expect(await messageFor('unknown-lesson-id')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UnknownLessonId at modules/sample-module.yaml:8:5
			  Module "sample-module" lists lesson "fake-profile", but no lesson has that id.
			  How to fix: Use the "id:" of a file in lessons/ (sample-lesson), or add lessons/fake-profile.mdx."
		`);
	});
	test('LessonNotForAudience', async () => {
		expect(await messageFor('lesson-not-for-audience')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			LessonNotForAudience at modules/sample-module.yaml:6:11
			  Module "sample-module" is for the school audience, but it lists lesson "sample-lesson" (lessons/sample-lesson.mdx), which is written for "adult" and "forces" only. Its package would show the lesson anyway, and the checks for school learners (reading age, stories) would never read it.
			  How to fix: Remove "sample-lesson" from this module's "lessons:", or, if the lesson suits school learners, add school to "audiences:" in lessons/sample-lesson.mdx and give them their own wording with <ForAudience audiences="school"> where it differs."
		`);
	});
	test("ActivityNotPlaced (inside <ForAudience>, placed for that block's audiences only)", async () => {
		expect(await messageFor('activity-not-placed')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			ActivityNotPlaced at lessons/sample-lesson.mdx:45:9
			  Activity "sample-q3" is defined under "activities:" but never placed in the lesson text, so learners never see it; packages still count it, so the module could never be completed.
			  How to fix: Place it where learners should meet it with <Activity id="sample-q3" /> on a line of its own (inside a <ForAudience> block if it is only for some audiences), or remove it from "activities:".

			ActivityNotPlaced at lessons/sample-lesson.mdx:58:9
			  Activity "sample-q4" is for "adult", but it is placed only inside <ForAudience> blocks that audience does not see, so its learners never meet it; their packages still count it, so the module could never be completed.
			  How to fix: Place <Activity id="sample-q4" /> outside those blocks, or in a <ForAudience> block that includes "adult"; or narrow the activity's "audiences:"."
		`);
	});
	test('DuplicateLessonId', async () => {
		expect(await messageFor('duplicate-lesson-id')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			DuplicateLessonId at lessons/sample-lesson-copy.mdx:2:5
			  Lesson id "sample-lesson" is used twice: here and in lessons/sample-lesson.mdx:2:5. The id is part of the lesson's address and of what LMSs record.
			  How to fix: Give this lesson its own id (and list it in modules by that id). Keep "sample-lesson" in lessons/sample-lesson.mdx: it is in the released packages of module "sample-module", so renaming it there would break its address and LMS records."
		`);
	});
	test('DuplicateModuleId', async () => {
		expect(await messageFor('duplicate-module-id')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			DuplicateModuleId at modules/sample-module.yaml:1:5
			  Module id "sample-module" is already used by modules/sample-module-copy.yaml.
			  How to fix: Give each module its own id; package file names are made from it."
		`);
	});
	test('DuplicateActivityId', async () => {
		expect(await messageFor('duplicate-activity-id')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			DuplicateActivityId at lessons/sample-lesson-copy.mdx:18:9
			  Activity id "sample-q1" is used twice: here and in lessons/sample-lesson.mdx:18:9. Activity ids must be unique across all lessons: LMSs record answers by them.
			  How to fix: Rename this one, and its <Activity id="…" /> in lessons/sample-lesson-copy.mdx. Keep "sample-q1" in lessons/sample-lesson.mdx: it is in the released packages of module "sample-module", and LMSs hold learners' answers under it; renaming it there would cut them off."
		`);
	});
	test('DuplicateActivityId when neither lesson is released: both places, and keep the published id', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'second-look-duplicate-'));
		try {
			await cp(join(fixtures, 'bad', 'duplicate-activity-id'), dir, { recursive: true });
			const module = join(dir, 'modules', 'sample-module.yaml');
			const text = await readFile(module, 'utf8');
			await writeFile(module, text.replace(/changes:\n(?: .*\n)+/, ''));
			expect(formatContentErrors((await readContent(dir)).errors)).toMatchInlineSnapshot(`
				"Second Look found 1 problem in the lessons or modules:

				DuplicateActivityId at lessons/sample-lesson.mdx:18:9
				  Activity id "sample-q1" is used twice: here and in lessons/sample-lesson-copy.mdx:18:9. Activity ids must be unique across all lessons: LMSs record answers by them.
				  How to fix: Keep the id where it is already published (in the released packages of a module whose "changes:" name the lesson): LMSs hold learners' records under it. Change it where it is not published yet (here, or lessons/sample-lesson-copy.mdx:18:9): rename that activity and its <Activity id="…" />."
			`);
		} finally {
			await rm(dir, { recursive: true });
		}
	});
	test('DuplicateOptionId', async () => {
		expect(await messageFor('duplicate-option-id')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			DuplicateOptionId at lessons/sample-lesson.mdx:27:13
			  Activity "sample-q1" has two options with id "a".
			  How to fix: Give each of its options its own id (a, b, c, …)."
		`);
	});
	test('DuplicateSourceId', async () => {
		expect(await messageFor('duplicate-source-id')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			DuplicateSourceId at lessons/sample-lesson.mdx:17:9
			  Source id "s3" is used twice in this lesson.
			  How to fix: Give each source its own id."
		`);
	});
	test('NoCorrectOption', async () => {
		expect(await messageFor('no-correct-option')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			NoCorrectOption at lessons/sample-lesson.mdx:22:5
			  Single-choice activity "sample-q1" has no option marked "correct: true".
			  How to fix: Mark the right answer(s) with "correct: true"."
		`);
	});
	test('TooManyCorrectOptions', async () => {
		expect(await messageFor('too-many-correct')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			TooManyCorrectOptions at lessons/sample-lesson.mdx:22:5
			  Single-choice activity "sample-q1" has 2 options marked correct; it needs exactly one.
			  How to fix: Keep "correct: true" on one option only, or make it "type: multiple-response"."
		`);
	});
	test('UnknownSourceRef from an activity', async () => {
		expect(await messageFor('unknown-source-ref')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UnknownSourceRef at lessons/sample-lesson.mdx:21:19
			  Activity "sample-q1" cites source "s99", which is not in this lesson's sources.
			  How to fix: Add a source with id "s99" under "sources:", or cite one of: s3."
		`);
	});
	test('UnknownSourceRef from a teacher note', async () => {
		expect(await messageFor('unknown-teacher-note-source')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UnknownSourceRef at lessons/sample-lesson.mdx:24:19
			  Activity "sample-q1" has a teacher note citing source "s98", which is not in this lesson's sources.
			  How to fix: Add a source with id "s98" under "sources:", or cite one of: s3."
		`);
	});
	test('UnknownSourceRef from a <Cite>', async () => {
		expect(await messageFor('unknown-cite')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UnknownSourceRef at lessons/sample-lesson.mdx:35:11
			  <Cite id="s4"> names no source of this lesson.
			  How to fix: Use the id of a source under "sources:" (s3)."
		`);
	});
	test('UnknownActivityRef', async () => {
		expect(await messageFor('unknown-activity-ref')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UnknownActivityRef at lessons/sample-lesson.mdx:39:1
			  <Activity id="sample-q9"> names no activity of this lesson.
			  How to fix: Use the id of an activity under "activities:" (sample-q1)."
		`);
	});
	test('CheckIdWithoutPhase', async () => {
		expect(await messageFor('check-id-without-phase')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			CheckIdWithoutPhase at lessons/start-lesson.mdx:18:9
			  Activity "start-pay" is a baseline question, but its id does not start with "baseline-".
			  How to fix: Name it "baseline-<question>" (e.g. "baseline-dont-pay"): LMS reports tell the two ends apart by the id."
		`);
	});
	test('UnknownCheckObjective', async () => {
		expect(await messageFor('unknown-check-objective')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			UnknownCheckObjective at lessons/end-lesson.mdx:20:42
			  Question "endpoint-pay" checks objective "start-lesson-4", but lesson "start-lesson" has only one objective.
			  How to fix: Write the id of a lesson and the number of one of its objectives (1 is the first), e.g. "if-it-happens-1".

			UnknownCheckObjective at lessons/start-lesson.mdx:20:42
			  Question "baseline-pay" checks objective "start-lesson-4", but lesson "start-lesson" has only one objective.
			  How to fix: Write the id of a lesson and the number of one of its objectives (1 is the first), e.g. "if-it-happens-1"."
		`);
	});
	test('CheckTwinMissing', async () => {
		expect(await messageFor('check-twin-missing')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			CheckTwinMissing at lessons/start-lesson.mdx:18:9
			  The baseline question "baseline-pay" has no endpoint question "endpoint-pay".
			  How to fix: Ask the same question at both ends: add "endpoint-pay" with the same words and options (phase: endpoint) to the module's last lesson, or remove this one."
		`);
	});
	test('CheckTwinDiffers', async () => {
		expect(await messageFor('check-twin-differs')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			CheckTwinDiffers at lessons/end-lesson.mdx:18:9
			  End-point question "endpoint-pay" is not the same as baseline question "baseline-pay" (lessons/start-lesson.mdx).
			  How to fix: Give both the same type, prompt, options, feedback, sources and objective, so the start and the end can be compared fairly; only the id, the phase, the teacher notes and the discussion may differ."
		`);
	});
	test('CheckOutOfPlace', async () => {
		expect(await messageFor('check-out-of-place')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			CheckOutOfPlace at lessons/end-lesson.mdx:18:9
			  Baseline question "baseline-pay" is in lesson "end-lesson", but module "sample-module" starts with "start-lesson".
			  How to fix: Put baseline questions in the module's first lesson and end-point questions in its last, on objectives the module teaches; or limit the question with "audiences" to modules where that holds.

			CheckOutOfPlace at lessons/start-lesson.mdx:18:9
			  End-point question "endpoint-pay" is in lesson "start-lesson", but module "sample-module" ends with "end-lesson".
			  How to fix: Put baseline questions in the module's first lesson and end-point questions in its last, on objectives the module teaches; or limit the question with "audiences" to modules where that holds."
		`);
	});
	test('UnknownPlanActivity', async () => {
		expect(await messageFor('unknown-plan-activity')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UnknownPlanActivity at modules/sample-module.yaml:12:92
			  The lesson plan step "The quiz" names activity "sample-q9", which no lesson of this module shows to the school audience.
			  How to fix: Use the id of an activity in sample-lesson that is not limited to other audiences."
		`);
	});
	test('ChangesOutOfOrder: a version not higher than the one below it, a date going back', async () => {
		expect(await messageFor('changes-out-of-order', { today: '2026-12-06' }))
			.toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			ChangesOutOfOrder at modules/sample-module.yaml:7:16
			  Version 1.1 is listed above version 1.1, so it should be newer, but it is not higher.
			  How to fix: List releases newest first, each with a higher version than the one below it (for example 1.1 above 1.0); a new release goes at the top of "changes:".

			ChangesOutOfOrder at modules/sample-module.yaml:8:29
			  Version 1.1 is dated 23 November 2026, before the older version 1.0 (24 November 2026).
			  How to fix: Check both dates: a newer version cannot be released before an older one."
		`);
	});
	test('ChangeDateInFuture, and UnknownLessonId for a change naming a lesson not in the module', async () => {
		expect(await messageFor('change-date-in-future', { today: '2026-12-06' }))
			.toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			ChangeDateInFuture at modules/sample-module.yaml:7:29
			  Version 1.1 is dated 1 January 2999, which is after today (6 December 2026).
			  How to fix: Give the day the change is released, as YYYY-MM-DD: packages show this date to learners as the date of their content. Add the entry when you release it.

			UnknownLessonId at modules/sample-module.yaml:8:91
			  Version 1.0 says it changed lesson "no-such-lesson", which is not one of this module's lessons.
			  How to fix: Use ids from the module's "lessons:" (sample-lesson)."
		`);
	});
	test('SchemaViolation: a change without its date', async () => {
		expect(await messageFor('change-missing-date')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			SchemaViolation at modules/sample-module.yaml:7:5
			  "changes[0].date" is missing.
			  How to fix: Add "changes[0].date" (string); see docs/authoring.md for every field."
		`);
	});
	test('a change dated today is accepted; the day after, refused', async () => {
		const bad = join(fixtures, 'bad', 'change-date-in-future');
		const names = async (today: string) =>
			(await readContent(bad, { today })).errors.map((e) => e.name).sort();
		expect(await names('2999-01-01')).toEqual(['UnknownLessonId']);
		expect(await names('2998-12-31')).toEqual(['ChangeDateInFuture', 'UnknownLessonId']);
	});
	test('ImageMissingAlt: Markdown image', async () => {
		expect(await messageFor('image-missing-alt')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			ImageMissingAlt at lessons/sample-lesson.mdx:39:1
			  The image "/images/profile-card.svg" has no alt text.
			  How to fix: Write what the image shows between the brackets: ![A profile card with no photo](…)."
		`);
	});
	test('ImageMissingAlt: <img>', async () => {
		expect(await messageFor('img-missing-alt')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			ImageMissingAlt at lessons/sample-lesson.mdx:39:1
			  An <img> has no alt text.
			  How to fix: Add alt="…" describing what the image shows to someone who cannot see it."
		`);
	});
	test('UnknownComponent', async () => {
		expect(await messageFor('unknown-component')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UnknownComponent at lessons/sample-lesson.mdx:39:1
			  <Quiz> is not a component lessons can use.
			  How to fix: Use one of <Activity>, <Cite>, <Note>, <ForAudience>, or plain Markdown."
		`);
	});
	test('UnknownAudience', async () => {
		expect(await messageFor('unknown-audience-block')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UnknownAudience at lessons/sample-lesson.mdx:39:1
			  <ForAudience audiences="pupils"> names "pupils", which is not an audience.
			  How to fix: Use one or more of "school", "forces", "adult", separated by spaces: <ForAudience audiences="forces adult">."
		`);
	});
	test('AudienceNotInLesson', async () => {
		expect(await messageFor('audience-not-in-lesson')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			AudienceNotInLesson at lessons/sample-lesson.mdx:39:1
			  <ForAudience audiences="school forces"> is for "forces", but the lesson is only for "school", so nobody would see it.
			  How to fix: Add the audience to "audiences:" in the frontmatter, or remove it from the block."
		`);
	});
	test('HtmlNotAllowed', async () => {
		expect(await messageFor('html-not-allowed')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			HtmlNotAllowed at lessons/sample-lesson.mdx:39:1
			  <script> is not an element lesson prose may use: lessons may not hold elements that run code, load other sites or change the page.
			  How to fix: Use Markdown, a component (<Activity>, <Cite>, <Note>, <ForAudience>), or one of <a> <abbr> <b> <br> <code> <del> <em> <i> <img> <ins> <kbd> <mark> <p> <q> <s> <small> <span> <strong> <sub> <sup> <u> <wbr>. See "What lesson prose may contain" in docs/authoring.md."
		`);
	});
	test('AttributeNotAllowed', async () => {
		expect(await messageFor('attribute-not-allowed')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			AttributeNotAllowed at lessons/sample-lesson.mdx:39:1
			  <strong> has "onclick", which lesson prose may not use: an "on…" attribute runs code in the learner's browser.
			  How to fix: Keep only title="…", lang="…", dir="…", written in quotes."
		`);
	});
	test('UnsafeUrl', async () => {
		expect(await messageFor('unsafe-url')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UnsafeUrl at lessons/sample-lesson.mdx:39:21
			  The link address "javascript:alert(1)" uses "javascript:", which a lesson link may not (it can run code or open something other than a web page).
			  How to fix: Link to a web page (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/lessons/…)."
		`);
	});
	test('ExpressionNotAllowed', async () => {
		expect(await messageFor('expression-not-allowed')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			ExpressionNotAllowed at lessons/sample-lesson.mdx:39:9
			  {age} is code: lesson prose may not hold code in braces, which would run when the site is built.
			  How to fix: Write the text itself. To show a brace, write \\{; a note for other authors can go in {/* … */}."
		`);
	});
	test('ImportExportNotAllowed', async () => {
		expect(await messageFor('import-export-not-allowed')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			ImportExportNotAllowed at lessons/sample-lesson.mdx:39:1
			  This line is an import or export, code that would run when the site is built, which lesson prose may not hold: import Quiz from "../components/Quiz.astro"
			  How to fix: Remove it. The components (<Activity>, <Cite>, <Note>, <ForAudience>) need no import; lesson data goes in the frontmatter. A sentence that starts with "import" or "export" must not start a line: reword it."
		`);
	});
	test('SchemaViolation: a control character in a module description', async () => {
		expect(await messageFor('module-control-character')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			SchemaViolation at modules/sample-module.yaml:5:14
			  "description" holds an invisible control character (U+000B, at character 33), which a package manifest cannot carry: every LMS would refuse the package. Delete it (retype the text around it).
			  How to fix: Correct "description" as described; see docs/authoring.md."
		`);
	});
	test('LineTooLong', async () => {
		expect(await messageFor('line-too-long')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			LineTooLong at lessons/sample-lesson.mdx:39:2001
			  This line is 2,058 characters long; a line may be at most 2,000. The lesson was not checked further: very long lines make the check and the build take minutes.
			  How to fix: Break the text into paragraphs (a blank line between them), or put each sentence on its own line."
		`);
	});
	test('NestingTooDeep', async () => {
		expect(await messageFor('nesting-too-deep')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			NestingTooDeep at lessons/sample-lesson.mdx:39:1
			  This line opens quotes, lists or indentation 9 levels deep; a lesson may nest them at most 8 deep (each ">", list marker or two spaces of indentation is a level). The lesson was not checked further: deeper nesting makes the check and the build take minutes.
			  How to fix: Write a list or quote at most two or three levels deep, and start lines that are not a list with no spaces."
		`);
	});
	test('TooManyListItems', async () => {
		expect(await messageFor('too-many-list-items')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			TooManyListItems at lessons/sample-lesson.mdx:539:1
			  The lesson has more than 500 list items by this line, the most a lesson may have. It was not checked further: a lesson with that many makes the check and the build take minutes.
			  How to fix: Split the lesson into shorter ones, or write some lists as paragraphs."
		`);
	});
	test('FormattingTooDense', async () => {
		expect(await messageFor('formatting-too-dense')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			FormattingTooDense at lessons/sample-lesson.mdx:39:1
			  This paragraph, list or table has more than 80 formatting marks ("*", "_", "~", "[", "]"; it passes that on line 39), the most one may have. It was not checked further: that many makes the check and the build take minutes.
			  How to fix: Use bold, italics and links sparingly, or split it with blank lines. Write a literal mark as \\* or \\_."
		`);
	});
	test('FileTooLarge', async () => {
		// The fixture is a good lesson; the limit is lowered so no large file is kept in the repository.
		expect(await messageFor('file-too-large', { limits: { lessonBytes: 512 } }))
			.toMatchInlineSnapshot(`
				"Second Look found 1 problem in the lessons or modules:

				FileTooLarge at lessons/sample-lesson.mdx:16
				  The lesson file is 1.1 KB, over the 512 bytes a lesson file may be (it passes that on this line). It was not checked further: a file that large would make the check and the build take minutes and run out of memory.
				  How to fix: Split it into shorter lessons and list each in its module, or remove what does not belong in the text (a pasted report, an image written out as text). Images go beside the lesson as files."
			`);
	});
	test('H5pFileRefused', async () => {
		expect(await messageFor('h5p-refused')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			H5pFileRefused at lessons/sample-lesson.mdx:35:11
			  lessons/h5p/quiz.h5p is refused: it is not a zip file (an .h5p file is a zip).
			  How to fix: Export the content again from an H5P editor (File > Download .h5p); it must hold only H5P content files.

			H5pFileRefused at lessons/sample-lesson.mdx:41:11
			  H5P activity "sample-h5p-missing" names lessons/h5p/missing.h5p, which does not exist.
			  How to fix: Put the .h5p file (exported from an H5P editor) at that path, or correct "file"."
		`);
	});
	test('OrderingTooShort', async () => {
		expect(await messageFor('ordering-one-item')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			OrderingTooShort at lessons/sample-lesson.mdx:36:5
			  Ordering activity "sample-order" has 1 item(s); there is nothing to put in order.
			  How to fix: List at least two items, in the right order."
		`);
	});
	test('DuplicateTargetId', async () => {
		expect(await messageFor('matching-duplicate-targets')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			DuplicateTargetId at lessons/sample-lesson.mdx:47:15
			  Matching activity "sample-match" offers the target "Talk to a counsellor" twice.
			  How to fix: Each target must be different, or learners cannot tell them apart."
		`);
	});
	test('UnknownMatchTarget', async () => {
		expect(await messageFor('matching-unknown-target')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UnknownMatchTarget at lessons/sample-lesson.mdx:42:16
			  In matching activity "sample-match", "StopNCII.org" matches "z", which is not a target.
			  How to fix: Use one of the target ids: x, y."
		`);
	});
	test('NoCorrectOption: multiple response', async () => {
		expect(await messageFor('multiple-response-no-correct')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			NoCorrectOption at lessons/sample-lesson.mdx:35:5
			  Multiple-response activity "sample-multi" has no option marked "correct: true".
			  How to fix: Mark the right answer(s) with "correct: true"."
		`);
	});
	test('ScenarioDanglingNode', async () => {
		expect(await messageFor('scenario-dangling-node')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			ScenarioDanglingNode at lessons/sample-lesson.mdx:41:9
			  In scenario "sample-chat", choice "y" of node "a" leads to "c", which is not a node.
			  How to fix: Add a node with id "c", or point "next" at an existing node."
		`);
	});
	test('ScenarioMissingStart', async () => {
		expect(await messageFor('scenario-missing-start')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			ScenarioMissingStart at lessons/sample-lesson.mdx:36:12
			  Scenario "sample-chat" starts at node "welcome", which does not exist.
			  How to fix: Set "start" to the id of one of its nodes."
		`);
	});
	test('ScenarioNodeShape', async () => {
		expect(await messageFor('scenario-node-shape')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			ScenarioNodeShape at lessons/sample-lesson.mdx:44:9
			  Node "b" of scenario "sample-chat" has both choices and an ending.
			  How to fix: Give each node either "choices" (the story goes on) or an "ending" (it stops here)."
		`);
	});
	test('ScenarioUnreachableNode', async () => {
		expect(await messageFor('scenario-unreachable-node')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			ScenarioUnreachableNode at lessons/sample-lesson.mdx:48:9
			  Node "d" of scenario "sample-chat" cannot be reached from the start.
			  How to fix: Point a choice at it, or remove it."
		`);
	});
	test('DuplicateItemId', async () => {
		expect(await messageFor('duplicate-item-id')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			DuplicateItemId at lessons/sample-lesson.mdx:37:15
			  Activity "sample-order" has two items with id "screenshot".
			  How to fix: Give each of its items its own id (a, b, c, …)."
		`);
	});
	test('ScenarioPathNeverEnds', async () => {
		expect(await messageFor('scenario-never-ends')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			ScenarioPathNeverEnds at lessons/sample-lesson.mdx:46:9
			  From node "c" of scenario "sample-chat", no path reaches an ending (a loop with no way out).
			  How to fix: Give one of the choices on this path a "next" that leads to an ending.

			ScenarioPathNeverEnds at lessons/sample-lesson.mdx:51:9
			  From node "d" of scenario "sample-chat", no path reaches an ending (a loop with no way out).
			  How to fix: Give one of the choices on this path a "next" that leads to an ending."
		`);
	});
	test('ScenarioBestEnding', async () => {
		expect(await messageFor('scenario-best-ending')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			ScenarioBestEnding at lessons/sample-lesson.mdx:50:9
			  Scenario "sample-chat" has 2 safe endings ("c", "e") and none marked "best: true": the teacher's key and presenter mode show the route to that ending as the model answer.
			  How to fix: Add "best: true" to the ending of the route you would teach (not a route that recovers from a mistake, such as paying and then stopping), and to that one only."
		`);
	});
	test('NoRedFlags', async () => {
		expect(await messageFor('red-flags-none')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			NoRedFlags at lessons/sample-lesson.mdx:36:5
			  Red-flags activity "sample-flags" has no part marked "flag: true".
			  How to fix: Mark the warning signs with "flag: true"."
		`);
	});
	test('NoSources', async () => {
		expect(await messageFor('no-sources')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			NoSources at lessons/sample-lesson.mdx:2:1
			  The lesson has no sources. Every fact, statistic and piece of advice in a lesson needs one.
			  How to fix: Add "sources:" with at least one entry (id, title, publisher, url, accessed), and cite it with <Cite id="…" /> in the prose."
		`);
	});
	test('UnsourcedStatistic', async () => {
		expect(await messageFor('unsourced-statistic')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			UnsourcedStatistic at lessons/sample-lesson.mdx:37:1
			  The statistic "1,124" (a count in a sentence with the year 2021) in the paragraph has no <Cite> in the same paragraph: "In 2021, the helpline dealt with 1,124 cases."
			  How to fix: Add <Cite id="…" /> for its source in the same paragraph (s3), or leave the figure out.

			UnsourcedStatistic at lessons/sample-lesson.mdx:37:1
			  The statistic "88%" (a percentage) in the paragraph has no <Cite> in the same paragraph: "In 88% of them, the person targeted was male."
			  How to fix: Add <Cite id="…" /> for its source in the same paragraph (s3), or leave the figure out."
		`);
	});
	test('UnknownPhoneNumber', async () => {
		expect(await messageFor('unknown-phone-number')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UnknownPhoneNumber at lessons/sample-lesson.mdx:35:1
			  The phone number "0800 123 4567" in the paragraph is not in the helpline table (src/data/helplines.ts).
			  How to fix: Leave phone numbers out of lessons: the support lines at the start and end show the right ones. If you must name one, use a number from the table (Police 999, 101; Childline 0800 1111; Revenge Porn Helpline 0345 6000 459; Samaritans 116 123; Papyrus HOPELINE247 0800 068 4141; NSPCC Helpline 0808 800 5000; Report Fraud (formerly Action Fraud) 0300 123 2040), or add the helpline to the table with its source first."
		`);
	});
	test('HarmfulPhrase', async () => {
		expect(await messageFor('harmful-phrase')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			HarmfulPhrase at lessons/sample-lesson.mdx:35:1
			  The paragraph says "should never have" (blame phrasing, list entry "should-never-have"). Looks back at what the victim did wrong, which stops people asking for help; it is never too late (brief §1.1, §1.9).
			  How to fix: Reword it, e.g. "It is never too late to get help, whatever has happened." To show a character's or a myth's words in order to correct them, put them in quotation marks. The list is src/data/harmful-phrases.ts.

			HarmfulPhrase at lessons/sample-lesson.mdx:35:1
			  The paragraph says "ruin your life" (scare phrasing, list entry "ruin-your-life"). Scare tactics make people panic, pay and hide it; take a positive approach and always give help (brief §1.2, S18). Even "won't ruin your life" plants the fear.
			  How to fix: Reword it, e.g. "It is never too late to get help, and help is there." To show a character's or a myth's words in order to correct them, put them in quotation marks. The list is src/data/harmful-phrases.ts."
		`);
	});
	test('LawWithoutReassurance', async () => {
		expect(await messageFor('law-without-reassurance')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			LawWithoutReassurance at lessons/sample-lesson.mdx:35:1
			  The paragraph states the law on nude images of under-18s without saying, in the same sentence, who the victim is and that they won't be in trouble for getting help: "Making or sharing a nude image of anyone under 18 is against the law." Read alone, the law tells a frightened young person that they are the one in trouble (brief §1.10).
			  How to fix: End the same sentence with the victim and the reassurance, e.g. "…is against the law to protect young people, so the person in the image is the victim, and they won't be in trouble for getting help.""
		`);
	});
	test('SafePathDelaysHelp', async () => {
		expect(await messageFor('safe-path-delays-help')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			SafePathDelaysHelp at lessons/sample-lesson.mdx:35:19
			  Activity "sample-q1", node a, choice steps, is on a path to a safe ending but puts help off ("tomorrow"): "Screenshot it and block them. Let's tell someone tomorrow." A model answer that waits teaches the learner to wait, while blackmail can start within an hour and help is there now.
			  How to fix: Make the safe path get help the same day: a parent or carer tonight, Childline (24 hours), CEOP's online report, or the police (101, 999 in danger). Waiting may appear only on a path that ends unsafe, with feedback that says why not to wait.

			SafePathDelaysHelp at lessons/sample-lesson.mdx:45:19
			  Activity "sample-q1", node c, message 1, is on a path to a safe ending but puts help off ("next morning"): "The next morning, Ethan goes with Zac to see a teacher." A model answer that waits teaches the learner to wait, while blackmail can start within an hour and help is there now.
			  How to fix: Make the safe path get help the same day: a parent or carer tonight, Childline (24 hours), CEOP's online report, or the police (101, 999 in danger). Waiting may appear only on a path that ends unsafe, with feedback that says why not to wait."
		`);
	});
	test('PrivacyClaimUntrue', async () => {
		expect(await messageFor('privacy-claim-untrue')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			PrivacyClaimUntrue at lessons/sample-lesson.mdx:20:13
			  Module "sample-module" reports confidence ratings to the LMS (confidence: reported), where the school or unit can read them, but activity "sample-sure" says the rating is private ("Nobody sees"): "How confident are you? Nobody sees your answer."
			  How to fix: Set "confidence: browser" in modules/sample-module.yaml to keep ratings in the learner's browser (never sent to the LMS), or say plainly that the LMS records them.

			PrivacyClaimUntrue at modules/sample-module.yaml:13:53
			  Module "sample-module" reports confidence ratings to the LMS (confidence: reported), where the school or unit can read them, but the lesson plan step "How sure do you feel" says they are private ("privately"): "Pupils rate how confident they feel privately."
			  How to fix: Set "confidence: browser" in modules/sample-module.yaml to keep ratings in the learner's browser (never sent to the LMS), or say plainly that the LMS records them."
		`);
	});
	test('UndatedTrend', async () => {
		expect(await messageFor('undated-trend')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			UndatedTrend at lessons/sample-lesson.mdx:35:1
			  The paragraph claims a trend ("grown") without saying when: "Reports of this crime have grown year on year." A trend is true of a time; undated, it goes stale and reads as a scare.
			  How to fix: Name the year the source gives in the same sentence ("In May 2018, the NCA warned that…") and keep its <Cite id="…" /> in the paragraph, or drop the trend."
		`);
	});
	test('ChildStoryForAdults', async () => {
		expect(await messageFor('child-story-for-adults')).toMatchInlineSnapshot(`
			"Second Look found 2 problems in the lessons or modules:

			ChildStoryForAdults at lessons/sample-lesson.mdx:34:13
			  Module "adult-module" (ages 18–35) shows its adult audience a story about someone under 18 ("Sam, 14"), in the activity "sample-q2", prompt: "Sam, 14, gets a message: 'Pay or we share it.' What should Sam do first?" Adults learning on their own need stories about people like them.
			  How to fix: Give the adult audience its own version with an adult character: a copy of the activity with "audiences: [adult]" (as the forces versions do), with this one kept for the audiences it suits, e.g. "audiences: [school]"; in prose, one <ForAudience audiences="…"> block per version.

			ChildStoryForAdults at lessons/sample-lesson.mdx:69:1
			  Module "adult-module" (ages 18–35) shows its adult audience a story about someone under 18 ("Amira is 13"), in the paragraph: "Amira is 13. She gets a message from someone she does not know." Adults learning on their own need stories about people like them.
			  How to fix: Give the adult audience its own version with an adult character: a copy of the activity with "audiences: [adult]" (as the forces versions do), with this one kept for the audiences it suits, e.g. "audiences: [school]"; in prose, one <ForAudience audiences="…"> block per version."
		`);
	});
	test('ModuleMinutesDiffer', async () => {
		expect(await messageFor('module-minutes-differ')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			ModuleMinutesDiffer at modules/adult-module.yaml:9:10
			  Module "adult-module" says it takes 30 minutes, but its lessons add up to 10 (sample-lesson 10).
			  How to fix: Set "minutes: 10" in modules/adult-module.yaml, or change a lesson's "minutes:"."
		`);
	});
	test('AnswerPlaceRepeated', async () => {
		expect(await messageFor('answer-place-repeated')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			AnswerPlaceRepeated at modules/sample-module.yaml:6:1
			  Module "sample-module" asks its school audience 4 single-choice questions, and in 3 of them the right answer is the second option ("sample-q1", "sample-q2", "sample-q3"). Learners soon learn to pick that place, so the questions, the baseline and end point among them, stop showing what they know.
			  How to fix: Move the right answer of some of these questions to another place in its options list, so no place holds more than half of the right answers. Keep each option's id with its words, so answers already recorded by an LMS still mean the same; move a baseline question and its end-point twin together."
		`);
	});
	test('ReadingAgeTooHigh', async () => {
		expect(await messageFor('reading-age-too-high')).toMatchInlineSnapshot(`
			"Second Look found 1 problem in the lessons or modules:

			ReadingAgeTooHigh at lessons/sample-lesson.mdx
			  Lesson "sample-lesson" has a reading age of 15.4 for the school audience (Flesch–Kincaid grade 10.4 + 5, over 11 sentences); module "sample-module" (modules/sample-module.yaml) aims at 12 or under.
			  How to fix: Shorten long sentences (split at "and", "but", "because") and prefer short, common words. The longest:
			    - lessons/sample-lesson.mdx:37:1 (24 words): "Individuals experiencing intimidation through unauthorised distribution of intimate photographic material should immedi…"
			    - lessons/sample-lesson.mdx:4:10 (11 words): "A small lesson used by the tests of the content check."
			    - lessons/sample-lesson.mdx:26:19 (10 words): "Paying rarely stops it; they will likely ask for more.""
		`);
	});
});

describe('content over the size limits fails fast, before parsing', () => {
	/** A content root with one module and one lesson of about `megabytes` MB of prose. */
	async function bigContent(megabytes: number): Promise<string> {
		const dir = await mkdtemp(join(tmpdir(), 'second-look-big-'));
		await cp(join(fixtures, 'good'), dir, { recursive: true });
		const lesson = join(dir, 'lessons', 'sample-lesson.mdx');
		const text = await readFile(lesson, 'utf8');
		const paragraph = 'Stop replying, keep the evidence and tell someone you trust.\n\n';
		const copies = Math.ceil((megabytes * 1024 * 1024) / paragraph.length);
		await writeFile(lesson, text + paragraph.repeat(copies));
		return dir;
	}

	test('a 10 MB lesson: FileTooLarge at the line that passes 256 KB, in well under a second', async () => {
		const dir = await bigContent(10);
		try {
			const started = performance.now();
			const { errors, lessons } = await readContent(dir);
			const seconds = (performance.now() - started) / 1000;
			expect(seconds).toBeLessThan(1);
			expect(lessons).toEqual([]);
			expect(errors.map((e) => `${e.name} ${e.file}:${String(e.line)}`)).toEqual([
				`FileTooLarge lessons/sample-lesson.mdx:${String(lineAt(await readFile(join(dir, 'lessons', 'sample-lesson.mdx')), CONTENT_LIMITS.lessonBytes))}`,
			]);
			expect(errors[0]?.message).toContain('is 10.0 MB, over the 256 KB a lesson file may be');
		} finally {
			await rm(dir, { recursive: true });
		}
	});

	test('a module file over 64 KB: FileTooLarge', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'second-look-big-module-'));
		try {
			await cp(join(fixtures, 'good'), dir, { recursive: true });
			const module = join(dir, 'modules', 'sample-module.yaml');
			await writeFile(module, (await readFile(module, 'utf8')) + '# padding\n'.repeat(7000));
			const { errors } = await readContent(dir);
			expect(errors.map((e) => `${e.name} ${e.file}`)).toEqual([
				'FileTooLarge modules/sample-module.yaml',
			]);
			expect(errors[0]?.message).toContain('over the 64 KB a module file may be');
		} finally {
			await rm(dir, { recursive: true });
		}
	});

	test('npm run check:content stops on it in seconds and names it', async () => {
		const dir = await bigContent(10);
		try {
			const started = performance.now();
			const result = await run(process.execPath, ['scripts/check-content.ts'], {
				cwd: join(import.meta.dirname, '../..'),
				env: { ...process.env, SECOND_LOOK_CONTENT: dir },
			}).then(
				() => ({ code: 0, stderr: '' }),
				(err: unknown) => err as { code: number; stderr: string },
			);
			expect((performance.now() - started) / 1000).toBeLessThan(5);
			expect(result.code).toBe(1);
			expect(result.stderr).toMatch(/FileTooLarge at lessons\/sample-lesson\.mdx:\d+\n/);
			expect(result.stderr).toContain('over the 256 KB a lesson file may be');
		} finally {
			await rm(dir, { recursive: true });
		}
	}, 20_000);
});

/** The line (from 1) on which byte `offset` (from 0) of `bytes` is. */
function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line += 1;
	return line;
}
