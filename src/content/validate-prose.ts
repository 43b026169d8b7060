/**
 * The rules for a lesson's prose (the MDX body), apart from its frontmatter: what `validate.ts`
 * runs for each lesson. Pure.
 */
import { isMdxComponentName, mdxComponentNames } from '../components/mdx/registry.ts';
import { contentError, type ContentError } from './errors.ts';
import { parseAudienceList } from '../lib/audience-view.ts';
import { AudienceSchema } from '../schemas/audience.ts';
import {
	allowedAttributes,
	allowedHtml,
	imageProblem,
	isAllowedHtml,
	isCommentOnly,
	linkProblem,
} from './prose-safety.ts';
import type { MdxScan } from './mdx-scan.ts';
import type { LoadedLesson } from './types.ts';

const knownAudiences = AudienceSchema.options.map((a) => `"${a}"`).join(', ');

/** `<ForAudience audiences="…">` must name known audiences, each one the lesson is written for. */
function checkForAudience(
	value: string | true | undefined,
	lessonAudiences: readonly string[],
	at: { file: string; line: number; column: number },
): ContentError[] {
	const text = typeof value === 'string' ? value : '';
	const { audiences, unknown } = parseAudienceList(text);
	if (unknown.length > 0 || audiences.length === 0) {
		const what =
			unknown.length > 0
				? `names ${unknown.map((u) => `"${u}"`).join(', ')}, which ${unknown.length === 1 ? 'is not an audience' : 'are not audiences'}.`
				: 'names no audience.';
		return [
			contentError(
				'UnknownAudience',
				at,
				`<ForAudience audiences="${text}"> ${what}`,
				`Use one or more of ${knownAudiences}, separated by spaces: <ForAudience audiences="forces adult">.`,
			),
		];
	}
	const missing = audiences.filter((a) => !lessonAudiences.includes(a));
	if (missing.length === 0) return [];
	return [
		contentError(
			'AudienceNotInLesson',
			at,
			`<ForAudience audiences="${text}"> is for ${missing.map((a) => `"${a}"`).join(', ')}, but the lesson is only for ${lessonAudiences.map((a) => `"${a}"`).join(', ')}, so nobody would see it.`,
			'Add the audience to "audiences:" in the frontmatter, or remove it from the block.',
		),
	];
}

/** `code` on one line, cut to 60 characters, for a message. */
function shorten(code: string): string {
	const line = code.replace(/\s+/g, ' ').trim();
	return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** Attributes an element carries that it may not: code (`{…}`), event handlers, anything not allowed. */
function checkAttributes(
	el: MdxScan['elements'][number],
	at: { file: string; line: number; column: number },
): ContentError[] {
	const allowed = allowedAttributes(el.name);
	const refused = [
		...el.codeAttributes,
		...Object.keys(el.attributes).filter((name) => !allowed.includes(name)),
	];
	if (refused.length === 0) return [];
	const list = refused
		.map((n) => (n === '{…}' ? '{…}' : el.codeAttributes.includes(n) ? `${n}={…}` : `"${n}"`))
		.join(', ');
	const why = refused.some((n) => n === '{…}' || el.codeAttributes.includes(n))
		? 'an attribute written in braces is code, which would run when the site is built'
		: refused.some((n) => /^on/i.test(n))
			? 'an "on…" attribute runs code in the learner\'s browser'
			: 'only the attributes listed in docs/authoring.md are allowed';
	return [
		contentError(
			'AttributeNotAllowed',
			at,
			`<${el.name}> has ${list}, which lesson prose may not use: ${why}.`,
			allowed.length
				? `Keep only ${allowed.map((n) => `${n}="…"`).join(', ')}, written in quotes.`
				: `Write <${el.name}> with no attributes.`,
		),
	];
}

/** A link or image address a lesson may not use (`javascript:`, another site's image). */
function checkUrl(
	kind: 'link' | 'image',
	url: string,
	at: { file: string; line: number; column: number },
): ContentError[] {
	const problem = kind === 'link' ? linkProblem(url) : imageProblem(url);
	if (problem === undefined) return [];
	return [
		contentError(
			'UnsafeUrl',
			at,
			`The ${kind} address "${shorten(url)}" ${problem}.`,
			kind === 'link'
				? 'Link to a web page (https://…), an email address (mailto:…), a phone number (tel:…) or a page of this site (/lessons/…).'
				: 'Put the image in the site (public/images/) and use its path: ![What it shows](/images/name.svg).',
		),
	];
}

/**
 * A lesson's prose: only the known components and allowed HTML with allowed attributes, safe link
 * and image addresses, `<ForAudience>` for the lesson's own audiences, activity and source
 * references that resolve, alt text on every image, and no code (expressions, imports).
 */
export function checkProse(lesson: LoadedLesson): ContentError[] {
	const { file, data, scan } = lesson;
	const sourceIds = new Set(data.sources.map((s) => s.id));
	const activityIds = new Set(data.activities.map((a) => a.id));
	const errors: ContentError[] = [];
	for (const el of scan.elements) {
		const at = { file, line: el.line, column: el.column };
		const isComponent = /^[A-Z]/.test(el.name);
		if (isComponent && !isMdxComponentName(el.name)) {
			errors.push(
				contentError(
					'UnknownComponent',
					at,
					`<${el.name}> is not a component lessons can use.`,
					`Use one of ${mdxComponentNames.map((n) => `<${n}>`).join(', ')}, or plain Markdown.`,
				),
			);
			continue;
		}
		if (!isComponent && !isAllowedHtml(el.name)) {
			errors.push(
				contentError(
					'HtmlNotAllowed',
					at,
					`<${el.name}> is not an element lesson prose may use: lessons may not hold elements that run code, load other sites or change the page.`,
					`Use Markdown, a component (${mdxComponentNames.map((n) => `<${n}>`).join(', ')}), or one of ${Object.keys(
						allowedHtml,
					)
						.map((n) => `<${n}>`)
						.join(' ')}. See "What lesson prose may contain" in docs/authoring.md.`,
				),
			);
			continue;
		}
		const attributeErrors = checkAttributes(el, at);
		errors.push(...attributeErrors);
		// An id written as code cannot be read: the reference checks below would only repeat it.
		if (el.codeAttributes.length) continue;
		if (el.name === 'a' && typeof el.attributes['href'] === 'string')
			errors.push(...checkUrl('link', el.attributes['href'], at));
		if (el.name === 'img' && typeof el.attributes['src'] === 'string')
			errors.push(...checkUrl('image', el.attributes['src'], at));
		if (el.name === 'Activity' && !activityIds.has(String(el.attributes['id']))) {
			errors.push(
				contentError(
					'UnknownActivityRef',
					at,
					`<Activity id="${String(el.attributes['id'] ?? '')}"> names no activity of this lesson.`,
					`Use the id of an activity under "activities:" (${[...activityIds].join(', ') || 'none yet'}).`,
				),
			);
		} else if (el.name === 'Cite' && !sourceIds.has(String(el.attributes['id']))) {
			errors.push(
				contentError(
					'UnknownSourceRef',
					at,
					`<Cite id="${String(el.attributes['id'] ?? '')}"> names no source of this lesson.`,
					`Use the id of a source under "sources:" (${[...sourceIds].join(', ')}).`,
				),
			);
		} else if (el.name === 'ForAudience') {
			errors.push(...checkForAudience(el.attributes['audiences'], data.audiences, at));
		} else if (el.name === 'img' && typeof el.attributes['alt'] !== 'string') {
			errors.push(
				contentError(
					'ImageMissingAlt',
					at,
					'An <img> has no alt text.',
					'Add alt="…" describing what the image shows to someone who cannot see it.',
				),
			);
		}
	}
	errors.push(...checkActivitiesPlaced(lesson));
	for (const link of scan.links)
		errors.push(...checkUrl('link', link.url, { file, line: link.line, column: link.column }));
	for (const expr of scan.expressions) {
		if (isCommentOnly(expr.code)) continue;
		errors.push(
			contentError(
				'ExpressionNotAllowed',
				{ file, line: expr.line, column: expr.column },
				`{${shorten(expr.code)}} is code: lesson prose may not hold code in braces, which would run when the site is built.`,
				'Write the text itself. To show a brace, write \\{; a note for other authors can go in {/* … */}.',
			),
		);
	}
	for (const statement of scan.statements)
		errors.push(
			contentError(
				'ImportExportNotAllowed',
				{ file, line: statement.line, column: statement.column },
				`This line is an import or export, code that would run when the site is built, which lesson prose may not hold: ${shorten(statement.code)}`,
				`Remove it. The components (${mdxComponentNames.map((n) => `<${n}>`).join(', ')}) need no import; lesson data goes in the frontmatter. A sentence that starts with "import" or "export" must not start a line: reword it.`,
			),
		);
	for (const img of scan.images) {
		errors.push(...checkUrl('image', img.url, { file, line: img.line, column: img.column }));
		if (img.alt.trim() === '')
			errors.push(
				contentError(
					'ImageMissingAlt',
					{ file, line: img.line, column: img.column },
					`The image "${img.url}" has no alt text.`,
					'Write what the image shows between the brackets: ![A profile card with no photo](…).',
				),
			);
	}
	return errors;
}

/**
 * Every activity under `activities:` must be placed in the prose with `<Activity id="…" />`, where
 * each audience it is for can see it (a placement inside `<ForAudience>` shows only to that block's
 * audiences): an activity an audience never meets is still in that audience's package data, and
 * completion counts it, so the module could never be completed.
 */
function checkActivitiesPlaced(lesson: LoadedLesson): ContentError[] {
	const placements = lesson.scan.elements.filter((el) => el.name === 'Activity');
	// An id written as code (`id={…}`) cannot be read: AttributeNotAllowed already reports it.
	if (placements.some((el) => el.codeAttributes.length)) return [];
	const lessonAudiences = lesson.data.audiences;
	return lesson.data.activities.flatMap((activity, index) => {
		const here = placements.filter((el) => el.attributes['id'] === activity.id);
		const seenBy = new Set(
			here.flatMap((el) =>
				el.within === undefined ? lessonAudiences : parseAudienceList(el.within).audiences,
			),
		);
		const missed = (activity.audiences ?? lessonAudiences).filter(
			(a) => lessonAudiences.includes(a) && !seenBy.has(a),
		);
		if (missed.length === 0) return [];
		const at = { file: lesson.file, ...lesson.yaml.locate(['activities', index, 'id']) };
		return [
			here.length === 0
				? contentError(
						'ActivityNotPlaced',
						at,
						`Activity "${activity.id}" is defined under "activities:" but never placed in the lesson text, so learners never see it; packages still count it, so the module could never be completed.`,
						`Place it where learners should meet it with <Activity id="${activity.id}" /> on a line of its own (inside a <ForAudience> block if it is only for some audiences), or remove it from "activities:".`,
					)
				: contentError(
						'ActivityNotPlaced',
						at,
						`Activity "${activity.id}" is for ${missed.map((a) => `"${a}"`).join(', ')}, but it is placed only inside <ForAudience> blocks ${missed.length === 1 ? 'that audience does' : 'those audiences do'} not see, so ${missed.length === 1 ? 'its' : 'their'} learners never meet it; their packages still count it, so the module could never be completed.`,
						`Place <Activity id="${activity.id}" /> outside those blocks, or in a <ForAudience> block that includes ${missed.map((a) => `"${a}"`).join(', ')}; or narrow the activity's "audiences:".`,
					),
		];
	});
}
