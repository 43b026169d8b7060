/**
 * The class report page (/teach/report/). The teacher picks (or drops) their LMS's report file; it
 * is read here, in memory: its size is checked before reading, names and emails are dropped as it
 * is read (`readMoodleExport`), and only counts are drawn, from text nodes (never as HTML). The
 * page fetches only its own JSON (`modules.json`, then `<module>.json`) and the counting code, as a
 * file is opened (an offline copy opened from `file://` loads `class-report-data.js`, a classic
 * script that sets `window.secondLookReportData`, instead); nothing is sent, stored or kept after
 * the tab closes.
 */
import {
	REPORT_FILE_LIMIT,
	readBytes,
	readMoodleExport,
	type MoodleExport,
	type ReportProblem,
} from '../lib/class-report/read-export.ts';
import type { ReportData } from '../lib/class-report/module-data.ts';
import {
	hasTallies,
	readTallies,
	roomCounts,
	roomTalliesKey,
} from '../lib/class-report/room-tallies.ts';
import type {
	ClassReport,
	PhaseTally,
	ReportModule,
	ReportModuleEntry,
} from '../lib/class-report/tally.ts';
import { problemWords } from '../lib/class-report/words.ts';

declare global {
	interface Window {
		/** Set by an offline copy's `class-report-data.js` (a `file://` page cannot fetch). */
		secondLookReportData?: ReportData;
	}
}

/** A failure with a problem the page words for the teacher. */
class ReportRefused extends Error {
	readonly problem: ReportProblem;
	constructor(problem: ReportProblem) {
		super(problem.name);
		this.name = 'ReportRefused';
		this.problem = problem;
	}
}

/** Makes an element with its text (a text node, never HTML) and class. */
type Maker = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	cls?: string,
) => HTMLElementTagNameMap[K];

/** One phase's answers in words: "3 of 5 answers in the safest way (60%)". */
function phaseWords(t: PhaseTally): string {
	if (t.answered === 0) return 'No answers yet.';
	const pct = Math.round((t.safest / t.answered) * 100);
	return `${String(t.safest)} of ${String(t.answered)} ${t.answered === 1 ? 'answer' : 'answers'} in the safest way (${String(pct)}%)`;
}

/** The module data could not be loaded (offline copy, network gone). */
class ReportDataUnavailable extends Error {
	constructor(url: string) {
		super(`Could not load ${url}`);
		this.name = 'ReportDataUnavailable';
	}
}

const root = document.querySelector<HTMLElement>('[data-class-report]');
if (root) start(root);

function start(root: HTMLElement): void {
	const part = <T extends HTMLElement>(sel: string, type: new () => T): T => {
		const el = root.querySelector(sel);
		if (!(el instanceof type)) throw new Error(`Missing ${sel}`);
		return el;
	};
	const $ = (sel: string) => part(sel, HTMLElement);
	const form = part('[data-report-form]', HTMLFormElement);
	const select = part('[data-report-module]', HTMLSelectElement);
	const input = part('[data-report-file]', HTMLInputElement);
	const drop = $('[data-report-drop]');
	const status = $('[data-report-status]');
	const problemBox = $('[data-report-problem]');
	const result = $('[data-report-result]');
	const base = root.dataset.dataBase ?? '/teach/report/';
	// A link from a module page or pack names its module (`#school-ks3`).
	const named = decodeURIComponent(location.hash.slice(1));
	if (named && [...select.options].some((o) => o.value === named)) select.value = named;
	$('[data-report-nojs]').hidden = true;
	form.hidden = false;

	const people = (n: number) => `${String(n)} ${n === 1 ? 'learner' : 'learners'}`;

	/** The last file read, without names: kept only while the page is open, to redraw on a new module. */
	let current: MoodleExport | undefined;

	const dataScript = root.dataset.dataScript ?? 'class-report-data.js';
	/** From `file://`, the offline copy's classic script sets the data once. */
	const offlineData = async (): Promise<ReportData> => {
		if (!window.secondLookReportData)
			await new Promise<void>((resolve, reject) => {
				const script = document.createElement('script');
				script.src = dataScript;
				script.onload = () => {
					resolve();
				};
				script.onerror = () => {
					reject(new ReportDataUnavailable(dataScript));
				};
				document.head.append(script);
			});
		if (!window.secondLookReportData) throw new ReportDataUnavailable(dataScript);
		return window.secondLookReportData;
	};
	const offline = () => window.secondLookReportData !== undefined || location.protocol === 'file:';
	const getJson = async <T>(url: string): Promise<T> => {
		const response = await fetch(url, { credentials: 'same-origin' }).catch(() => undefined);
		if (!response?.ok) throw new ReportDataUnavailable(url);
		return (await response.json()) as T;
	};
	const loadEntries = async () =>
		offline() ? (await offlineData()).entries : getJson<ReportModuleEntry[]>(`${base}modules.json`);
	const loadModule = async (id: string) => {
		if (!offline()) return getJson<ReportModule>(`${base}${encodeURIComponent(id)}.json`);
		const module = (await offlineData()).modules[id];
		if (!module) throw new ReportDataUnavailable(id);
		return module;
	};

	const showProblem = (problem: ReportProblem) => {
		const words = problemWords(problem);
		result.hidden = true;
		$('[data-report-what]').textContent = words.what;
		$('[data-report-todo]').textContent = words.todo;
		problemBox.hidden = false;
		status.textContent = 'This file could not be read. What to do is below.';
		problemBox.focus();
	};

	const showUnavailable = () => {
		result.hidden = true;
		$('[data-report-what]').textContent =
			"This page could not load the module's activities, so it cannot count the answers.";
		$('[data-report-todo]').textContent =
			'Check your internet connection and open the file again. Your file was not sent anywhere.';
		problemBox.hidden = false;
		status.textContent = 'The report could not be made. What to do is below.';
		problemBox.focus();
	};

	const report = async (file: MoodleExport) => {
		const { classReport, coverage, detectModule } = await import('../lib/class-report/tally.ts');
		const entries = await loadEntries();
		const detected = detectModule(file, entries);
		if (!detected) throw new ReportRefused({ name: 'ReportUnknownActivities' });
		const found = detected.module;
		const chosen = entries.find((e) => e.id === select.value);
		if (chosen && chosen.id !== found.id && coverage(file, chosen) < coverage(file, found))
			throw new ReportRefused({
				name: 'ReportOtherModule',
				found: found.title,
				chosen: chosen.title,
			});
		if (!chosen && detected.alsoMatches.length > 0)
			throw new ReportRefused({
				name: 'ReportSeveralModules',
				titles: [found, ...detected.alsoMatches].map((e) => e.title),
			});
		const entry = chosen ?? found;
		const module = await loadModule(entry.id);
		const r = classReport(module, file);
		draw(
			r,
			module,
			`${people(r.learners)}, ${String(r.attempts)} ${r.attempts === 1 ? 'attempt' : 'attempts'}. ` +
				(chosen === undefined
					? `This file matches "${module.title}", found from the activities in it.`
					: `You chose "${module.title}".`),
		);
	};

	const run = async (file: MoodleExport) => {
		try {
			await report(file);
		} catch (error) {
			if (error instanceof ReportRefused) showProblem(error.problem);
			else if (error instanceof ReportDataUnavailable) showUnavailable();
			else throw error;
		}
	};

	const open = async (file: File | undefined) => {
		if (!file) return;
		current = undefined;
		problemBox.hidden = true;
		result.hidden = true;
		// The size is checked before a byte is read.
		if (file.size > REPORT_FILE_LIMIT) {
			showProblem({ name: 'ReportFileTooLarge', bytes: file.size });
			return;
		}
		status.textContent = 'Reading the file on this computer…';
		const text = readBytes(new Uint8Array(await file.arrayBuffer()));
		if (!text.ok) {
			showProblem(text.problem);
			return;
		}
		const read = readMoodleExport(text.value);
		if (!read.ok) {
			showProblem(read.problem);
			return;
		}
		current = read.value;
		await run(current);
	};

	/** Draws the report from counts only, with text nodes, under `summary`. */
	const draw = (r: ClassReport, module: ReportModule, summary: string) => {
		const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string) => {
			const node = document.createElement(tag);
			if (text !== undefined) node.textContent = text;
			if (cls) node.className = cls;
			return node;
		};
		$('[data-report-heading]').textContent = `Your class: ${module.title}`;
		$('[data-report-summary]').textContent = summary;
		const lessons = $('[data-report-lessons]');
		lessons.replaceChildren();
		if (r.objectives.length > 0) lessons.append(checkSection(r, el));
		const ratingsInFile = r.lessons.some((l) => l.confidence.some((c) => c.answered > 0));
		const sure = el('section');
		sure.append(el('h3', 'Confidence before and after'));
		if (r.confidenceStaysOnDevice)
			sure.append(
				el(
					'p',
					"This module keeps learners' confidence ratings in their own browser: they never reach your LMS, so they are not in this file. To compare before and after, use a show of hands or ratings on paper in the session.",
				),
			);
		else if (!ratingsInFile) sure.append(el('p', 'This file holds no confidence ratings yet.'));
		else {
			if (module.confidence === 'browser')
				sure.append(
					el(
						'p',
						"This file holds confidence ratings because it comes from an older package of this module. The current package keeps them in the learner's browser.",
					),
				);
			const list = el('ul');
			for (const c of r.lessons.flatMap((l) => l.confidence)) {
				const item = el('li');
				item.append(el('span', `Activity ${String(c.number)}: ${c.prompt} `, 'report-activity'));
				item.append(
					el(
						'span',
						c.mean === undefined
							? 'Nobody rated this yet.'
							: `Average ${c.mean.toFixed(1)} out of 5, from ${people(c.answered)} (1 is "${c.low}", 5 is "${c.high}"). ` +
									c.counts.map((n, i) => `${String(i + 1)}: ${String(n)}`).join(', ') +
									'.',
					),
				);
				list.append(item);
			}
			sure.append(list);
		}
		for (const lesson of r.lessons) {
			const part = el('section');
			part.append(el('h3', lesson.title));
			if (lesson.activities.length > 0) {
				part.append(el('p', 'Hardest first:'));
				const list = el('ul');
				for (const a of lesson.activities) {
					const item = el('li');
					item.append(el('span', `Activity ${String(a.number)}: ${a.prompt}`, 'report-activity'));
					item.append(el('br'));
					const read = a.answered - a.unread;
					const pct = read === 0 ? 0 : Math.round((a.safest / read) * 100);
					item.append(
						el(
							'strong',
							a.answered === 0
								? 'Nobody answered this yet.'
								: read === 0
									? `Answered by ${people(a.answered)}.`
									: `${String(a.safest)} of ${people(read)} answered in the safest way (${String(pct)}%).`,
						),
					);
					if (a.unread > 0)
						item.append(
							el(
								'span',
								` ${a.unread === 1 ? '1 answer was' : `${String(a.unread)} answers were`} not read: ${a.unread === 1 ? 'it uses' : 'they use'} codes from an older version of the package. Upload the current SCORM 1.2 package to read them all.`,
							),
						);
					list.append(item);
				}
				part.append(list);
			}
			for (const n of lesson.notJudged)
				part.append(
					el(
						'p',
						`Activity ${String(n.number)}: ${n.prompt} Answered by ${people(n.answered)}. This content checks its own answers, so they are not counted here.`,
					),
				);
			lessons.append(part);
		}
		lessons.append(sure);
		if (r.unknownIds.length > 0)
			lessons.append(
				el(
					'p',
					`${String(r.unknownIds.length)} ${r.unknownIds.length === 1 ? 'question' : 'questions'} in the file ${r.unknownIds.length === 1 ? 'is' : 'are'} not in the current version of this module, and ${r.unknownIds.length === 1 ? 'was' : 'were'} left out.`,
				),
			);
		problemBox.hidden = true;
		result.hidden = false;
		status.textContent = `Report ready: ${people(r.learners)}, ${module.title}.`;
		$('[data-report-heading]').focus();
	};

	/** The counts presenter mode kept in this browser for the chosen module (room-tallies.ts). */
	const room = $('[data-report-room]');
	room.hidden = false;
	const store = (): Storage | undefined => {
		try {
			return window.localStorage;
		} catch {
			return undefined;
		}
	};
	const roomKey = () => roomTalliesKey(select.value);
	part('[data-report-room-show]', HTMLButtonElement).addEventListener('click', () => {
		void (async () => {
			current = undefined;
			problemBox.hidden = true;
			result.hidden = true;
			if (!select.value) {
				status.textContent = 'Choose the module you presented first, then show its counts.';
				select.focus();
				return;
			}
			const tallies = readTallies(store()?.getItem(roomKey()) ?? null);
			if (!hasTallies(tallies)) {
				status.textContent =
					'There are no counts from presenter mode for this module in this browser. Enter them with "Count the room" on an answer slide.';
				return;
			}
			try {
				const { reportFromCounts } = await import('../lib/class-report/tally.ts');
				const module = await loadModule(select.value);
				const r = reportFromCounts(module, roomCounts(tallies));
				draw(
					r,
					module,
					`Counted by a show of hands in presenter mode: up to ${people(r.learners)}.`,
				);
			} catch (error) {
				if (error instanceof ReportDataUnavailable) showUnavailable();
				else throw error;
			}
		})();
	});
	part('[data-report-room-clear]', HTMLButtonElement).addEventListener('click', () => {
		if (!select.value) {
			status.textContent = 'Choose the module whose counts you want to clear.';
			select.focus();
			return;
		}
		const title = select.selectedOptions[0]?.textContent ?? select.value;
		try {
			store()?.removeItem(roomKey());
			result.hidden = true;
			status.textContent = `The counts from presenter mode for "${title}" are cleared.`;
		} catch {
			status.textContent = 'This browser did not let the counts be cleared.';
		}
	});
	/**
	 * "What learners know": per learning objective, the share answered in the safest way at the
	 * baseline against the end point, as a table (counts only, nobody named).
	 */
	const checkSection = (r: ClassReport, el: Maker) => {
		const part = el('section');
		part.dataset.reportChecks = '';
		part.append(el('h3', 'What they know: baseline and end point'));
		part.append(
			el(
				'p',
				'The same questions at the start and at the end of the module, counted per learning objective: how many answers were in the safest way. At the baseline learners saw no right or wrong and it was not scored.',
			),
		);
		const none = r.objectives.every(
			(o) =>
				o.baseline.answered + o.baseline.unread + o.endpoint.answered + o.endpoint.unread === 0,
		);
		if (none) {
			part.append(
				el(
					'p',
					'No baseline or end-point answers here yet: learners have not reached them, or the file comes from a package made before they were added.',
				),
			);
			return part;
		}
		const table = el('table');
		const caption = el('caption', 'Answers in the safest way, per learning objective');
		const head = el('thead');
		const headRow = el('tr');
		for (const text of ['Learning objective', 'At the baseline', 'At the end point']) {
			const th = el('th', text);
			th.scope = 'col';
			headRow.append(th);
		}
		head.append(headRow);
		const body = el('tbody');
		for (const o of r.objectives) {
			const row = el('tr');
			const th = el('th', o.text);
			th.scope = 'row';
			if (o.lesson) th.append(el('span', ` (${o.lesson})`, 'report-activity'));
			row.append(th, el('td', phaseWords(o.baseline)), el('td', phaseWords(o.endpoint)));
			row.cells[1]?.setAttribute('data-label', 'At the baseline');
			row.cells[2]?.setAttribute('data-label', 'At the end point');
			body.append(row);
		}
		table.append(caption, head, body);
		const wrap = el('div', undefined, 'table-scroll');
		wrap.tabIndex = 0;
		wrap.setAttribute('role', 'region');
		wrap.setAttribute('aria-label', 'Baseline and end point, per learning objective');
		wrap.append(table);
		part.append(wrap);
		const old = r.objectives.reduce((n, o) => n + o.baseline.unread + o.endpoint.unread, 0);
		if (old > 0)
			part.append(
				el(
					'p',
					`${old === 1 ? '1 answer was' : `${String(old)} answers were`} not read: from an older version of the package.`,
				),
			);
		return part;
	};

	input.addEventListener('change', () => {
		void open(input.files?.[0]);
	});
	select.addEventListener('change', () => {
		if (current) void run(current);
	});
	// A file dropped anywhere else must not open in the tab (it would be shown, not counted).
	for (const type of ['dragover', 'drop'])
		window.addEventListener(type, (event) => {
			event.preventDefault();
		});
	drop.addEventListener('dragover', () => {
		drop.dataset.over = '';
	});
	drop.addEventListener('dragleave', () => {
		delete drop.dataset.over;
	});
	drop.addEventListener('drop', (event) => {
		delete drop.dataset.over;
		void open(event.dataTransfer?.files[0]);
	});
}
