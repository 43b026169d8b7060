/**
 * Named content errors. Each name is permanent (tests, docs and authors rely on it) and says what
 * kind of mistake an author made; the message says what is wrong and the hint how to fix it.
 */
export const contentErrorNames = [
	'FileTooLarge',
	'NotUtf8',
	'LineTooLong',
	'NestingTooDeep',
	'TooManyListItems',
	'FormattingTooDense',
	'FrontmatterMissing',
	'YamlSyntaxError',
	'MdxSyntaxError',
	'SchemaViolation',
	'UnknownLessonId',
	'LessonNotForAudience',
	'DuplicateLessonId',
	'DuplicateModuleId',
	'ChangesOutOfOrder',
	'ChangeDateInFuture',
	'DuplicateActivityId',
	'DuplicateOptionId',
	'DuplicateSourceId',
	'DuplicateItemId',
	'DuplicateTargetId',
	'UnknownMatchTarget',
	'OrderingTooShort',
	'NoRedFlags',
	'ScenarioMissingStart',
	'ScenarioDanglingNode',
	'ScenarioNodeShape',
	'ScenarioPathNeverEnds',
	'ScenarioUnreachableNode',
	'ScenarioBestEnding',
	'NoCorrectOption',
	'TooManyCorrectOptions',
	'UnknownSourceRef',
	'UnknownActivityRef',
	'ActivityNotPlaced',
	'ImageMissingAlt',
	'UnknownComponent',
	'HtmlNotAllowed',
	'AttributeNotAllowed',
	'UnsafeUrl',
	'ExpressionNotAllowed',
	'ImportExportNotAllowed',
	'UnknownPlanActivity',
	'ModuleMinutesDiffer',
	'NoSources',
	'UnsourcedStatistic',
	'UnknownPhoneNumber',
	'HarmfulPhrase',
	'LawWithoutReassurance',
	'SafePathDelaysHelp',
	'UndatedTrend',
	'PrivacyClaimUntrue',
	'ReadingAgeTooHigh',
	'ChildStoryForAdults',
	'AnswerPlaceRepeated',
	'SupportLinesMissing',
	'H5pFileRefused',
	'UnknownAudience',
	'AudienceNotInLesson',
	'CheckIdWithoutPhase',
	'UnknownCheckObjective',
	'CheckTwinMissing',
	'CheckTwinDiffers',
	'CheckOutOfPlace',
] as const;

export type ContentErrorName = (typeof contentErrorNames)[number];

/** Where in a file a mistake is. Lines and columns start at 1. */
export interface SourceLocation {
	/** Path relative to the content root, with forward slashes (e.g. `lessons/fake-profiles.mdx`). */
	file: string;
	line?: number | undefined;
	column?: number | undefined;
}

/** One mistake in the content, with enough detail for an author to fix it without reading code. */
export interface ContentError extends SourceLocation {
	name: ContentErrorName;
	/** What is wrong, naming the field or element. */
	message: string;
	/** How to fix it. */
	hint: string;
}

/** Builds a {@link ContentError}; keeps call sites short and the field order fixed. */
export function contentError(
	name: ContentErrorName,
	where: SourceLocation,
	message: string,
	hint: string,
): ContentError {
	return { name, file: where.file, line: where.line, column: where.column, message, hint };
}

/** `lessons/x.mdx:12:5`, or fewer parts when the line is not known. */
export function formatLocation(where: SourceLocation): string {
	if (where.line === undefined) return where.file;
	return where.column === undefined
		? `${where.file}:${where.line}`
		: `${where.file}:${where.line}:${where.column}`;
}

/** The text an author sees for one error: name and place, then what is wrong, then how to fix it. */
export function formatContentError(error: ContentError): string {
	return `${error.name} at ${formatLocation(error)}\n  ${error.message}\n  How to fix: ${error.hint}`;
}

/** Errors sorted by file, line and column, so output is stable and reads top to bottom. */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
	return [...errors].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0),
	);
}

/** The text for a whole failed check, errors sorted by file and line. */
export function formatContentErrors(errors: readonly ContentError[]): string {
	const sorted = sortContentErrors(errors);
	const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
	return `Second Look found ${count} in the lessons or modules:\n\n${sorted.map(formatContentError).join('\n\n')}`;
}
