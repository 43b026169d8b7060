import { LEAVING, RUNTIME_READY, SESSION_REQUEST } from '../lib/events.ts';
import { compactCodec } from '../lib/engine/codec.ts';
import type { EngineLesson, Progress, Reporting } from '../lib/engine/progress.ts';
import { emptyState, mergeStates, type LearnerState } from '../lib/engine/state.ts';
import { createSession, type Session } from '../lib/engine/session.ts';
import { connectors, declaredFormat } from '../../exports/connectors.ts';
import type { Connection } from '../../exports/contract.ts';
import { keptOnDevice } from '../lib/tracking/device.ts';
import { standaloneConnection } from '../lib/tracking/standalone.ts';
import { noticeShower } from './notice-shower.ts';
import { restoreNotice } from '../lib/tracking/restore-notice.ts';
import type { ConfidenceRecording, PackageFormat } from '../schemas/module.ts';

/** What the package page embeds as JSON for the runtime: the module as the engine sees it. */
export interface PackageData {
	moduleId: string;
	passMark: number;
	/** What the LMS is told: completion only, or passed at the pass mark too (never failed). */
	reporting: Reporting;
	/** Where confidence ratings go: to the LMS, or kept in this browser only (never the LMS). */
	confidence: ConfidenceRecording;
	lessons: (EngineLesson & { title: string })[];
}

/**
 * How the LMS connections judge stored progress: answers it holds (exact, or migrated by activity
 * id after an update), or undefined for text this package cannot read, which the connection then
 * keeps as it is. A save of the old positional format for other content (`unreadable-old-version`)
 * can never be mapped to this version: it starts empty and may be written over, and the learner is
 * told so (`restoreNotice`), rather than every later save being refused for good.
 */
function lmsDecode(lessons: readonly EngineLesson[], text: string): LearnerState | undefined {
	const result = compactCodec.read(lessons, text);
	if ('state' in result) return result.state;
	return result.kind === 'unreadable-old-version' ? emptyState() : undefined;
}

/**
 * The format the page runs as: the one its package declares (`<html data-standard>`), else, on the
 * site's own package page, the one the site's LMS preview launched it as (a chunk loaded only there).
 */
async function formatOf(doc: Document, win: Window): Promise<PackageFormat> {
	const declared = declaredFormat(doc);
	if (declared) return declared;
	const { previewFormat } = await import('../../exports/shared/connect-preview.ts');
	return previewFormat(win);
}

/** Shows the parts of the page meant for where progress goes (`data-on-device` / `data-on-lms`). */
function showPartsFor(doc: Document, onDevice: boolean): void {
	for (const el of doc.querySelectorAll<HTMLElement>('[data-on-device]')) el.hidden = !onDevice;
	for (const el of doc.querySelectorAll<HTMLElement>('[data-on-lms]')) el.hidden = onDevice;
}

/**
 * Shows the start's words on what is recorded for the standard the package runs in (the page holds
 * one version per standard: components/RecordedNotice.astro); none when nothing is connected, as
 * then nothing is recorded (the `standalone` notice says so).
 */
function showRecordedFor(doc: Document, standard: PackageFormat | undefined): void {
	for (const el of doc.querySelectorAll<HTMLElement>('[data-recorded-for]'))
		el.hidden = el.dataset['recordedFor'] !== standard;
}

/**
 * Moves the page's one pair of support boxes into the lesson shown, at the places its `<template
 * data-support-slot>` marks (after the summary, after the key messages): the package page writes
 * them once, in its first lesson (LessonBody's `support`). The finish and help sections have no
 * places: the boxes stay, hidden, in the last lesson shown.
 */
export function placeSupport(doc: Document, lessonId: string): void {
	for (const position of ['start', 'end']) {
		const box = doc.querySelector(`[data-support="${position}"]`);
		const slot = doc.querySelector(
			`[data-lesson="${lessonId}"] template[data-support-slot="${position}"]`,
		);
		if (box && slot && slot.nextElementSibling !== box) slot.after(box);
	}
}

/** Shows one lesson and hides the others; updates the lesson navigation. */
function showLesson(doc: Document, lessonId: string, moveFocus: boolean): void {
	placeSupport(doc, lessonId);
	for (const section of doc.querySelectorAll<HTMLElement>('[data-lesson]')) {
		section.hidden = section.dataset['lesson'] !== lessonId;
	}
	for (const link of doc.querySelectorAll<HTMLElement>('[data-goto]')) {
		if (link.closest('nav')) {
			if (link.dataset['goto'] === lessonId) link.setAttribute('aria-current', 'step');
			else link.removeAttribute('aria-current');
		}
	}
	if (moveFocus) {
		const heading = doc.querySelector<HTMLElement>(`[data-lesson="${lessonId}"] h1`);
		heading?.focus();
		heading?.scrollIntoView({ block: 'start' });
	}
}

/** Shows the learner where they stand, calmly, in the summary panel. */
function renderSummary(doc: Document, progress: Progress): void {
	const out = doc.querySelector<HTMLElement>('[data-summary]');
	if (!out) return;
	const parts = [
		`${progress.lessonsVisited} of ${progress.lessonsTotal} lessons opened`,
		`${progress.answered + progress.skipped} of ${progress.activitiesTotal} activities done`,
	];
	// Skipped questions are left out: skipping is never wrong (engine `summarise`).
	if (progress.completed && progress.scoredAnswered > 0)
		parts.push(
			`you answered ${progress.correct} of ${progress.scoredAnswered} questions in the way that keeps people safest`,
		);
	out.textContent = `${parts.join(', ')}.`;
}

/** Hides activities that are not part of this module (written for another audience). */
function hideOtherAudiences(doc: Document, data: PackageData): void {
	const ids = new Set(data.lessons.flatMap((l) => l.activities.map((a) => a.id)));
	for (const section of doc.querySelectorAll<HTMLElement>('section[data-activity]')) {
		if (!ids.has(section.dataset['activity'] ?? '')) {
			const holder = section.closest<HTMLElement>('astro-island') ?? section;
			holder.hidden = true;
		}
	}
}

/**
 * Runs a package's one launch document: one SCORM session for the whole module, lessons shown one at
 * a time inside the page (a page load would end the SCORM session), activity cards connected to the
 * module session, and the session ended once on Finish, on leaving, or when the page goes away.
 * The offline package runs the same way with progress kept on the device (`connectDevice`).
 */
export async function startPackage(
	doc: Document,
	win: Window,
	data: PackageData,
): Promise<{ session: Session; connection: Connection }> {
	const noticeEl = doc.querySelector<HTMLElement>('[data-notice]');
	const shower = noticeShower(doc);
	const onnotice = shower.notice;
	const format = await formatOf(doc, win);
	const offline = format === 'offline';
	showPartsFor(doc, offline);
	// Said at once: the cmi5 start may take a few seconds.
	if (format === 'cmi5') showRecordedFor(doc, format);
	const { connect } = await connectors[format]();
	const connected = await connect({
		win,
		moduleId: data.moduleId,
		lessons: data.lessons,
		codec: compactCodec,
		state: {
			decode: (text) => lmsDecode(data.lessons, text),
			encode: (state) => compactCodec.encode(data.lessons, state),
			merge: mergeStates,
		},
		onnotice,
		say: shower.say,
	});
	// A cmi5 package launched without cmi5 looks for no SCORM API: it runs standalone.
	const connection: Connection =
		connected?.connection ??
		standaloneConnection(() => {
			onnotice('standalone');
		});
	showRecordedFor(doc, connected?.isRecorded ? format : undefined);
	const session = createSession({
		lessons: data.lessons,
		passMark: data.passMark,
		reporting: data.reporting,
		tracker: {
			...connection.tracker,
			progress: (p) => {
				connection.tracker.progress(p);
				renderSummary(doc, p);
			},
		},
		// Offline too: the module's own store, so an updated module keeps unchanged answers.
		codec: compactCodec,
		// Confidence ratings of a `browser` module never reach the LMS: the session keeps them here.
		confidence: data.confidence,
		...(offline ? {} : { device: keptOnDevice(win, data.moduleId) }),
	});
	const restored = restoreNotice(session.restored());
	if (restored && noticeEl) noticeEl.textContent = `${noticeEl.textContent} ${restored}`.trim();

	doc.addEventListener(SESSION_REQUEST, (event) => {
		(event as CustomEvent<{ session?: Session }>).detail.session = session;
	});
	hideOtherAudiences(doc, data);

	let shown: string | undefined;
	const go = (target: string, moveFocus: boolean) => {
		const isLesson = data.lessons.some((l) => l.id === target);
		// The finish and help sections are shown like lessons but are not lessons to track.
		if (!isLesson && !doc.querySelector(`[data-lesson="${target}"]`)) return;
		showLesson(doc, target, moveFocus);
		shown = target;
		if (!isLesson) return;
		session.visit(target);
		connection.bookmark(target);
	};
	/**
	 * Opens the lesson (or the finish or help section) holding the element a URL fragment names:
	 * `#lesson-<id>` (the section itself, as the search results and the lesson menu link) or an id
	 * inside one (`#<lesson>-key`, a heading). True when the fragment named such a place.
	 */
	const openAt = (hash: string): boolean => {
		let id: string;
		try {
			id = decodeURIComponent(hash.replace(/^#/, ''));
		} catch {
			return false;
		}
		const target = id === '' ? null : doc.getElementById(id);
		const lesson = target?.closest<HTMLElement>('[data-lesson]')?.dataset['lesson'];
		if (!target || lesson === undefined) return false;
		const isSection = target.dataset['lesson'] === lesson;
		// A place in the lesson already shown: the browser has scrolled there itself.
		if (lesson === shown && !isSection) return true;
		go(lesson, isSection);
		if (!isSection) target.scrollIntoView({ block: 'start' });
		return true;
	};
	const first = data.lessons[0]?.id ?? '';
	const known = (id: string | undefined) => data.lessons.some((l) => l.id === id);
	// A link to a place in the module (a search result) wins over where the learner last was.
	if (!openAt(win.location.hash))
		go([connection.location, session.state().location].find(known) ?? first, false);
	renderSummary(doc, session.progress());

	win.addEventListener('hashchange', () => {
		openAt(win.location.hash);
	});

	doc.addEventListener('click', (event) => {
		const target = (event.target as Element | null)?.closest<HTMLElement>('[data-goto]');
		if (!target) return;
		event.preventDefault();
		go(target.dataset['goto'] ?? '', true);
	});

	const finish = () => {
		connection.finish('leaving');
	};
	const finishButton = doc.querySelector<HTMLButtonElement>('[data-finish]');
	finishButton?.addEventListener('click', () => {
		shower.finishing();
		connection.finish('button');
		// The session has ended: a second press would do nothing, so the button says it can't.
		finishButton.disabled = true;
		const done = doc.querySelector<HTMLElement>('[data-finished]');
		if (done) {
			done.hidden = false;
			done.focus();
		}
	});
	doc.addEventListener(LEAVING, finish);
	doc.addEventListener('visibilitychange', () => {
		if (doc.visibilityState === 'hidden') connection.commit();
	});
	win.addEventListener('pagehide', finish);

	doc.dispatchEvent(new CustomEvent(RUNTIME_READY));
	return { session, connection };
}
