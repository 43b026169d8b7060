/**
 * Reads the file a teacher downloads from Moodle's SCORM interactions report (Reports → Interactions
 * report → Download → CSV: tab-separated text, a header row, quoted cells) into attempts that name
 * nobody: every column before "Attempt" (name, email, any user field) is used only to tell learners
 * apart and is dropped as the row is read; an attempt keeps a learner number, its attempt number and
 * its interactions (id and response). Refuses, with a named problem, anything else: too large, not
 * text, a spreadsheet, formulas, another report, a SCORM 2004 report. Pure.
 */

/** The largest file the report reads, checked before reading it (a class of 40 is a few KB). */
export const REPORT_FILE_LIMIT = 5 * 1024 * 1024;

/** What Moodle's 2004 interaction ids start with, as the packages write them (standards table). */
export const SCORM2004_ID_PREFIX = 'urn:second-look:activity:';

/** Why a file cannot be read, each a permanent name the page words for the teacher. */
export type ReportProblem =
	| { name: 'ReportFileTooLarge'; bytes: number }
	| { name: 'ReportFileEmpty' }
	| { name: 'ReportFileIsSpreadsheet' }
	| { name: 'ReportFileNotText' }
	| { name: 'ReportFileHasFormulas' }
	| { name: 'ReportNotMoodleExport' }
	| { name: 'ReportIsBasicReport' }
	| { name: 'ReportHasNoQuestionColumns' }
	| { name: 'ReportHasNoResponseColumns' }
	| { name: 'ReportIsScorm2004' }
	| { name: 'ReportHasNoAttempts' }
	| { name: 'ReportUnknownActivities' }
	| { name: 'ReportOtherModule'; found: string; chosen: string }
	| { name: 'ReportSeveralModules'; titles: string[] };

/** One interaction of an attempt as the export holds it. */
export interface ExportInteraction {
	/** The activity id (a 2004 prefix removed). */
	id: string;
	/** The response codes, as stored; "" when the learner did not answer. */
	response: string;
}

/** One row of the export: one attempt of one learner, with no name. */
export interface ExportAttempt {
	/** 1, 2, … in the order learners first appear in the file. Never a name or an email. */
	learner: number;
	/** Moodle's attempt number (1 when the column is missing). */
	attempt: number;
	/** Its row in the file (1 = the first row after the header), to break ties. */
	row: number;
	interactions: ExportInteraction[];
}

/** A file read: its attempts and how many learners they belong to. */
export interface MoodleExport {
	attempts: ExportAttempt[];
	learners: number;
}

export type Read<T> = { ok: true; value: T } | { ok: false; problem: ReportProblem };

const fail = (problem: ReportProblem): { ok: false; problem: ReportProblem } => ({
	ok: false,
	problem,
});

/**
 * Bytes to text: refuses a file over the limit, a zip (xlsx, ods), a PDF, anything with NUL bytes
 * or that is not UTF-8. A leading byte-order mark is dropped. Pure.
 */
export function readBytes(bytes: Uint8Array): Read<string> {
	if (bytes.length > REPORT_FILE_LIMIT)
		return fail({ name: 'ReportFileTooLarge', bytes: bytes.length });
	if (bytes.length === 0) return fail({ name: 'ReportFileEmpty' });
	const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
	// "PK\3\4": Excel (.xlsx) and OpenDocument (.ods) downloads are zip files; D0 CF: old .xls.
	if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0))
		return fail({ name: 'ReportFileIsSpreadsheet' });
	if (bytes.subarray(0, 65536).includes(0)) return fail({ name: 'ReportFileNotText' });
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return fail({ name: 'ReportFileNotText' });
	}
	text = text.replace(/^\uFEFF/, '');
	if (text.trim() === '') return fail({ name: 'ReportFileEmpty' });
	return { ok: true, value: text };
}

/**
 * Splits delimited text into rows of cells: quoted cells may hold the delimiter, line breaks and
 * doubled quotes (""), as Moodle's writer makes them. Pure.
 */
export function splitCells(text: string, delimiter: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = 0;
	while (i < text.length) {
		const ch = text[i] ?? '';
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else cell += ch;
			i++;
			continue;
		}
		if (ch === '"' && cell === '') quoted = true;
		else if (ch === delimiter) {
			row.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
		i++;
	}
	if (cell !== '' || row.length > 0) {
		row.push(cell);
		rows.push(row);
	}
	return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/**
 * A spreadsheet formula: what a tampered or re-saved file may hold (`=HYPERLINK(…)`). Moodle never
 * writes one; the report never shows cell text as HTML, but a file that has them is refused.
 */
export function isFormula(cell: string): boolean {
	const t = cell.trim();
	return /^=/.test(t) || /^[+\-@]\s*[A-Za-z_][\w.]*\s*\(/.test(t);
}

/** The columns of one interaction N. */
interface InteractionColumns {
	question?: number;
	response?: number;
}

const NUMBERED = /^(Question|Response|Right answer|Result) (\d+)$/i;

/**
 * Reads the text of a Moodle SCORM interactions report export. Names, emails and every other column
 * before "Attempt" only tell learners apart, through a map that lives for this call. Pure.
 */
export function readMoodleExport(text: string): Read<MoodleExport> {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const delimiter = firstLine.includes('\t') ? '\t' : ',';
	const rows = splitCells(text, delimiter);
	if (rows.some((r) => r.some(isFormula))) return fail({ name: 'ReportFileHasFormulas' });
	const [header = [], ...body] = rows;
	const names = header.map((h) => h.trim());
	const attemptCol = names.findIndex((h) => /^attempt$/i.test(h));
	const columns = new Map<number, InteractionColumns>();
	let numbered = 0;
	names.forEach((h, col) => {
		const m = NUMBERED.exec(h);
		if (!m) return;
		numbered++;
		const n = Number(m[2]);
		const kind = (m[1] ?? '').toLowerCase();
		const entry = columns.get(n) ?? {};
		if (kind === 'question') entry.question = col;
		if (kind === 'response') entry.response = col;
		columns.set(n, entry);
	});
	const hasQuestion = [...columns.values()].some((c) => c.question !== undefined);
	const hasResponse = [...columns.values()].some((c) => c.response !== undefined);
	if (numbered === 0) {
		const basic = attemptCol >= 0 && names.some((h) => /^score$/i.test(h));
		return fail({ name: basic ? 'ReportIsBasicReport' : 'ReportNotMoodleExport' });
	}
	if (!hasQuestion) {
		// Moodle's report of a 2004 package: response columns, all empty, and no question columns.
		const responseCols = [...columns.values()].flatMap((c) => c.response ?? []);
		const empty = body.every((r) => responseCols.every((c) => (r[c] ?? '').trim() === ''));
		return fail({
			name: hasResponse && empty ? 'ReportIsScorm2004' : 'ReportHasNoQuestionColumns',
		});
	}
	if (!hasResponse) return fail({ name: 'ReportHasNoResponseColumns' });

	const learnerOf = new Map<string, number>();
	const attempts: ExportAttempt[] = [];
	const ordered = [...columns.entries()].sort(([a], [b]) => a - b);
	body.forEach((cells, index) => {
		// Who: every cell before "Attempt", only to tell learners apart; dropped with the map.
		const who =
			attemptCol > 0 ? JSON.stringify(cells.slice(0, attemptCol)) : `row ${String(index)}`;
		let learner = learnerOf.get(who);
		if (learner === undefined) {
			learner = learnerOf.size + 1;
			learnerOf.set(who, learner);
		}
		const attempt = attemptCol >= 0 ? Number.parseInt(cells[attemptCol] ?? '', 10) : 1;
		const interactions: ExportInteraction[] = [];
		for (const [, c] of ordered) {
			const rawId = (c.question === undefined ? '' : (cells[c.question] ?? '')).trim();
			if (rawId === '') continue;
			const id = rawId.startsWith(SCORM2004_ID_PREFIX)
				? rawId.slice(SCORM2004_ID_PREFIX.length)
				: rawId;
			const response = (c.response === undefined ? '' : (cells[c.response] ?? '')).trim();
			interactions.push({ id, response });
		}
		attempts.push({
			learner,
			attempt: Number.isFinite(attempt) ? attempt : 1,
			row: index + 1,
			interactions,
		});
	});
	if (!attempts.some((a) => a.interactions.length > 0))
		return fail({ name: 'ReportHasNoAttempts' });
	return { ok: true, value: { attempts, learners: learnerOf.size } };
}
