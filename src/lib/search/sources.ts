import { audienceLabels } from '../../schemas/audience.ts';
import { lessonProseParts } from './lesson-text.ts';
import { hasPack, packGuidance } from '../teach/module-pack.ts';
import type { SearchDocument } from './types.ts';
import { guidedHelpSource } from '../guided-help/search-source.ts';
import { parentGuideSource } from '../parents/search-source.ts';
import type { SearchSource, SiteContent } from './source.ts';

export type { SearchSource, SiteContent } from './source.ts';

/** Lessons: title, summary, objectives, key messages, and the prose with its activities' prompts. */
export const lessonSource: SearchSource = {
	name: 'lessons',
	documents: ({ lessons, lessonsShareAPage = false }) =>
		lessons.map(({ data, body }) => ({
			url: `/lessons/${data.id}/`,
			title: data.title,
			kind: 'Lesson',
			audience: data.audiences.map((a) => audienceLabels[a]).join(', '),
			parts: [
				{ text: data.summary, field: 'summary' },
				// Ids as LessonBody.astro sets them.
				{ text: data.objectives.join(' '), field: 'points', anchor: `${data.id}-objectives` },
				{ text: data.keyMessages.join(' '), field: 'points', anchor: `${data.id}-key` },
				...lessonProseParts(data, body, lessonsShareAPage),
			],
		})),
};

/** The help page: one document per helpline, linking to its row. */
export const helpSource: SearchSource = {
	name: 'help',
	documents: ({ helplines }) =>
		helplines.map((h) => ({
			url: `/help/#helpline-${h.id}`,
			title: h.name,
			kind: 'Get help now',
			audience: h.for,
			parts: [
				{ text: h.helpsWith, field: 'summary' },
				{
					text: [
						h.note ?? '',
						...h.contacts.map((c) =>
							c.kind === 'phone'
								? `Phone ${c.number}${c.hours ? ` (${c.hours})` : ''}.`
								: c.kind === 'email'
									? `Email ${c.address}.`
									: `${c.label}.`,
						),
					]
						.filter((t) => t !== '')
						.join(' '),
					field: 'body',
				},
			],
		})),
};

/** Modules for teachers and trainers: description, lessons, and the teaching notes. */
export const moduleSource: SearchSource = {
	name: 'modules',
	documents: ({ modules, lessons, teachingNotes }) => {
		const titles = new Map(lessons.map((l) => [l.data.id, l.data.title]));
		return modules.map((m) => ({
			url: `/modules/${m.id}/`,
			title: m.title,
			kind: 'Module for teachers and trainers',
			audience: `${audienceLabels[m.audience]}, ages ${m.ageRange.min} to ${m.ageRange.max}`,
			parts: [
				{ text: m.description, field: 'summary' },
				{
					text: `Lessons: ${m.lessons.map((id) => titles.get(id) ?? id).join('; ')}.`,
					field: 'points',
					anchor: 'lessons-heading',
				},
				// Ids as src/pages/modules/[id].astro sets them.
				{ text: teachingNotes[m.audience].join(' '), field: 'body', anchor: 'teaching-heading' },
			],
		}));
	},
};

/** Teacher and trainer packs (school and forces modules): guidance, the plan and discussion prompts. */
export const teacherPackSource: SearchSource = {
	name: 'teacher packs',
	documents: ({ modules, lessons }) =>
		modules.filter(hasPack).flatMap((m) => {
			const guidance = packGuidance(m);
			const role = guidance.leader === 'teacher' ? 'Teacher pack' : 'Trainer pack';
			const discussion = lessons
				.filter((l) => m.lessons.includes(l.data.id))
				.flatMap((l) => l.data.activities)
				.flatMap((a) =>
					!a.audiences || a.audiences.includes(m.audience) ? (a.discussion ?? []) : [],
				);
			const text = (items: readonly { text: string }[]) => items.map((g) => g.text).join(' ');
			const audience = `${audienceLabels[m.audience]}, ages ${m.ageRange.min} to ${m.ageRange.max}`;
			const { knowledge } = guidance;
			const groups = (list: readonly { heading: string; items: readonly { text: string }[] }[]) =>
				list.map((g) => `${g.heading}. ${text(g.items)}`).join(' ');
			return [
				{
					url: `/teach/${m.id}/`,
					title: `${role}: ${m.title}`,
					kind: role,
					audience,
					// Ids as src/pages/teach/[id]/index.astro sets them.
					parts: [
						{
							text: [
								guidance.safeTeaching,
								guidance.groundRules,
								guidance.disclosure,
								guidance.withdrawal,
							]
								.map(text)
								.join(' '),
							field: 'points',
							anchor: 'before',
						},
						{
							text: (m.lessonPlan ?? []).map((step) => `${step.step}: ${step.does}`).join(' '),
							field: 'body',
							anchor: 'plan',
						},
						{ text: discussion.join(' '), field: 'body', anchor: 'answers' },
					],
				},
				// What surrounds the lesson (src/data/teaching-kit.ts), at the pack's own ids: a document
				// of its own, so the pack's keeps its length (and its ranking).
				{
					url: `/teach/${m.id}/`,
					title: `${role}, around the lesson: ${m.title}`,
					kind: role,
					audience,
					parts: [
						{ text: text(guidance.preLesson), field: 'body', anchor: 'pre-lesson' },
						{ text: text(guidance.questionBox), field: 'body', anchor: 'question-box' },
						{
							text: [
								knowledge.lead,
								groups(knowledge.sections),
								...knowledge.myths.map((x) => `Myth: ${x.myth} Fact: ${x.fact}`),
								text(knowledge.figures),
							].join(' '),
							field: 'body',
							anchor: 'knowledge',
						},
						{ text: groups(guidance.adapting), field: 'body', anchor: 'adapting' },
						{ text: text(guidance.closing), field: 'body', anchor: 'closing' },
					],
				},
			];
		}),
};

/**
 * Every kind of page the search covers, in the order results tie-break. To index another kind of
 * page, write a {@link SearchSource} and add it here: one line.
 */
export const searchSources: readonly SearchSource[] = [
	lessonSource,
	helpSource,
	guidedHelpSource,
	moduleSource,
	teacherPackSource,
	parentGuideSource,
];

/**
 * Where a document's site address points in some copy of the site: the same address on the site,
 * a file of a package (`/help/#helpline-x` → `help.html#helpline-x`), or undefined when that copy
 * does not carry the page (the document is left out).
 */
export type SearchPlace = (siteUrl: string) => string | undefined;

/** The site itself: every address as it is. */
export const onTheSite: SearchPlace = (url) => url;

/**
 * Every document of every source, for the index builder, with its address placed by `place` (the
 * site's by default); documents of pages `place` does not carry are left out.
 */
export function searchDocuments(
	content: SiteContent,
	sources: readonly SearchSource[] = searchSources,
	place: SearchPlace = onTheSite,
): SearchDocument[] {
	return sources.flatMap((source) =>
		source.documents(content).flatMap((doc) => {
			const url = place(doc.url);
			return url === undefined ? [] : [{ ...doc, url }];
		}),
	);
}
