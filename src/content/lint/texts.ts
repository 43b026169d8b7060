import type { Activity } from '../../schemas/activity.ts';
import type { Audience } from '../../schemas/audience.ts';
import type { SourceLocation } from '../errors.ts';
import type { LoadedLesson } from '../types.ts';

/** One piece of learner-facing text of a lesson, with what the content lint needs to judge it. */
export interface TextUnit {
	/** Where the text comes from: a lesson field (title, summary …), an activity, or the prose. */
	origin: 'field' | 'activity' | 'prose';
	/** What the text is, for messages: `paragraph`, `key message 2`, `activity "x", option b`. */
	label: string;
	/** Plain text; each part ends a sentence (a table row has one part per cell). */
	parts: string[];
	where: SourceLocation;
	/**
	 * Source ids that back this text: the `<Cite>`s of the paragraph, or the activity's `sources`.
	 * Undefined for fields that cannot carry a citation (title, summary, objectives, key messages).
	 */
	refs: readonly string[] | undefined;
	/**
	 * False for a character's words: a chat line from "them" or "you", a scenario reply, a wrong
	 * option, a red-flag card's text. They may quote the blame a lesson then corrects (scenario A4:
	 * "His fault"), so the phrase check reads only the lesson's own voice.
	 */
	isLessonVoice: boolean;
	/** Counted in the reading age (everything a learner reads except headings and the title). */
	isReadable: boolean;
	/** Only these audiences see it (an activity's `audiences`, an audience block); undefined: all. */
	audiences?: readonly Audience[] | undefined;
}

type Path = readonly PropertyKey[];

interface Field {
	path: Path;
	text: string;
	label: string;
	isLessonVoice?: boolean;
}

/** Every text field of one activity that a learner sees, with its path inside the activity. */
function activityFields(activity: Activity): Field[] {
	const fields: Field[] = [{ path: ['prompt'], text: activity.prompt, label: 'prompt' }];
	switch (activity.type) {
		case 'single-choice':
		case 'multiple-response':
			activity.options.forEach((o, i) => {
				fields.push(
					{
						path: ['options', i, 'text'],
						text: o.text,
						label: `option ${o.id}`,
						isLessonVoice: o.correct,
					},
					{ path: ['options', i, 'feedback'], text: o.feedback, label: `option ${o.id} feedback` },
				);
			});
			break;
		case 'true-false':
			fields.push({ path: ['feedback'], text: activity.feedback, label: 'feedback' });
			break;
		case 'ordering':
			activity.items.forEach((item, i) => {
				fields.push({ path: ['items', i, 'text'], text: item.text, label: `item ${item.id}` });
			});
			fields.push({ path: ['feedback'], text: activity.feedback, label: 'feedback' });
			break;
		case 'matching':
			activity.pairs.forEach((p, i) => {
				fields.push({ path: ['pairs', i, 'text'], text: p.text, label: `pair ${p.id}` });
			});
			activity.targets.forEach((t, i) => {
				fields.push({ path: ['targets', i, 'text'], text: t.text, label: `target ${t.id}` });
			});
			fields.push({ path: ['feedback'], text: activity.feedback, label: 'feedback' });
			break;
		case 'confidence':
			fields.push(
				{ path: ['low'], text: activity.low, label: 'low label' },
				{ path: ['high'], text: activity.high, label: 'high label' },
			);
			break;
		case 'scenario':
			if (activity.contact.note)
				fields.push({
					path: ['contact', 'note'],
					text: activity.contact.note,
					label: 'contact note',
					isLessonVoice: false,
				});
			activity.nodes.forEach((node, n) => {
				node.messages.forEach((m, i) => {
					fields.push({
						path: ['nodes', n, 'messages', i, 'text'],
						text: m.text,
						label: `node ${node.id}, message ${i + 1}`,
						isLessonVoice: m.from === 'narrator',
					});
				});
				node.choices?.forEach((c, i) => {
					fields.push({
						path: ['nodes', n, 'choices', i, 'text'],
						text: c.text,
						label: `node ${node.id}, choice ${c.id}`,
						isLessonVoice: false,
					});
				});
				if (node.ending)
					fields.push(
						{
							path: ['nodes', n, 'ending', 'feedback'],
							text: node.ending.feedback,
							label: `node ${node.id}, ending feedback`,
						},
						{
							path: ['nodes', n, 'ending', 'safeMove'],
							text: node.ending.safeMove,
							label: `node ${node.id}, safe move`,
						},
					);
			});
			break;
		case 'red-flags':
			activity.parts.forEach((p, i) => {
				fields.push(
					{
						path: ['parts', i, 'text'],
						text: p.text,
						label: `part ${p.id}`,
						isLessonVoice: false,
					},
					{ path: ['parts', i, 'feedback'], text: p.feedback, label: `part ${p.id} feedback` },
				);
			});
			break;
	}
	return fields;
}

/**
 * Every piece of text of a lesson a learner (or, for discussion prompts, a class) meets, in file
 * order: the frontmatter fields first, then the prose. Pure: reads the loaded lesson only.
 */
export function lessonTexts(lesson: LoadedLesson): TextUnit[] {
	const { file, data, yaml, scan } = lesson;
	const at = (path: Path): SourceLocation => ({ file, ...yaml.locate(path) });
	const units: TextUnit[] = [
		{
			origin: 'field',
			label: 'title',
			parts: [data.title],
			where: at(['title']),
			refs: undefined,
			isLessonVoice: true,
			isReadable: false,
		},
		{
			origin: 'field',
			label: 'summary',
			parts: [data.summary],
			where: at(['summary']),
			refs: undefined,
			isLessonVoice: true,
			isReadable: true,
		},
		...data.objectives.map((text, i) => ({
			origin: 'field' as const,
			label: `objective ${i + 1}`,
			parts: [text],
			where: at(['objectives', i]),
			refs: undefined,
			isLessonVoice: true,
			isReadable: true,
		})),
		...data.keyMessages.map((text, i) => ({
			origin: 'field' as const,
			label: `key message ${i + 1}`,
			parts: [text],
			where: at(['keyMessages', i]),
			refs: undefined,
			isLessonVoice: true,
			isReadable: true,
		})),
	];
	data.activities.forEach((activity, a) => {
		const fields = activityFields(activity);
		for (const f of fields)
			units.push({
				origin: 'activity',
				label: `activity "${activity.id}", ${f.label}`,
				parts: [f.text],
				where: at(['activities', a, ...f.path]),
				refs: activity.sources,
				isLessonVoice: f.isLessonVoice ?? true,
				isReadable: true,
				audiences: activity.audiences,
			});
		// Discussion prompts are for the teacher pack: checked like lesson text, not in the reading age.
		activity.discussion?.forEach((text, i) => {
			units.push({
				origin: 'activity',
				label: `activity "${activity.id}", discussion prompt ${i + 1}`,
				parts: [text],
				where: at(['activities', a, 'discussion', i]),
				refs: activity.sources,
				isLessonVoice: true,
				isReadable: false,
				audiences: activity.audiences,
			});
		});
		// Teacher notes are for the pack and presenter mode: checked like lesson text, not read by learners.
		activity.teacherNotes?.forEach((note, i) => {
			units.push({
				origin: 'activity',
				label: `activity "${activity.id}", teacher note ${i + 1}`,
				parts: [note.text],
				where: at(['activities', a, 'teacherNotes', i, 'text']),
				refs: note.sources,
				isLessonVoice: true,
				isReadable: false,
				audiences: activity.audiences,
			});
		});
	});
	for (const block of scan.blocks)
		units.push({
			origin: 'prose',
			label: block.kind === 'table-row' ? 'table row' : block.kind,
			parts: block.parts,
			where: { file, line: block.line, column: block.column },
			refs: block.cites,
			isLessonVoice: true,
			isReadable: block.kind !== 'heading',
			audiences: block.audiences,
		});
	return units;
}

/** Whether a text is shown to `audience`. */
export function isFor(unit: TextUnit, audience: Audience): boolean {
	return !unit.audiences || unit.audiences.includes(audience);
}

/**
 * The title of every source of a lesson: each is printed in the lesson's source list, which
 * learners read (from age 11), so a title that names a suicide method is as harmful as prose that
 * does. Checked only against the harmful phrase list (a title is a publisher's words, not ours to
 * reword: the fix is another source). Pure.
 */
export function sourceTitleTexts(lesson: LoadedLesson): TextUnit[] {
	const { file, data, yaml } = lesson;
	return data.sources.map((source, i) => ({
		origin: 'field' as const,
		label: `source "${source.id}" title`,
		parts: [source.title],
		where: { file, ...yaml.locate(['sources', i, 'title']) },
		refs: undefined,
		isLessonVoice: true,
		isReadable: false,
	}));
}
