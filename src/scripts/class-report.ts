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
import type { ReportModule, ReportModuleEntry } from '../lib/class-report/tally.ts';
import { problemWords } from '../lib/class-report/words.ts';
import { drawReport, people } from './class-report/draw.ts';
import { startRoomCounts } from './class-report/room-counts.ts';

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
		drawReport(
			$,
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

	startRoomCounts(
		{
			room: $('[data-report-room]'),
			show: part('[data-report-room-show]', HTMLButtonElement),
			clear: part('[data-report-room-clear]', HTMLButtonElement),
			select,
			status,
			result,
			forget: () => {
				current = undefined;
				problemBox.hidden = true;
				result.hidden = true;
			},
			drawCounts: async (counts) => {
				try {
					const { reportFromCounts } = await import('../lib/class-report/tally.ts');
					const module = await loadModule(select.value);
					const r = reportFromCounts(module, counts);
					drawReport($, r, module, `Counted in presenter mode: up to ${people(r.learners)}.`);
				} catch (error) {
					if (error instanceof ReportDataUnavailable) showUnavailable();
					else throw error;
				}
			},
		},
		window,
	);

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
