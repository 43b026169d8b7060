import { describe, expect, test } from 'vitest';
import { compactCodec } from '../engine/codec.ts';
import { sample } from '../engine/fixtures.test-data.ts';
import type { EngineLesson } from '../engine/progress.ts';
import { createSession } from '../engine/session.ts';
import { emptyState, recordAnswer, recordSkip } from '../engine/state.ts';
import {
	PROGRESS_KEY,
	REMEMBER_KEY,
	createSiteTracker,
	jsonCodec,
	storeKeys,
	type StorageHost,
} from './site-tracker.ts';
import { CMI5_TAB_KEY, forgetTabProgress } from './tab-progress.ts';

/** A Map-backed Storage, like the browser's. */
function memoryStorage(): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		clear: () => {
			map.clear();
		},
		getItem: (k) => map.get(k) ?? null,
		key: (i) => [...map.keys()][i] ?? null,
		removeItem: (k) => void map.delete(k),
		setItem: (k, v) => void map.set(k, v),
	};
}

describe('site tracker', () => {
	test('keeps progress in sessionStorage by default, nothing in localStorage', () => {
		const host = { sessionStorage: memoryStorage(), localStorage: memoryStorage() };
		const tracker = createSiteTracker(host);
		tracker.save('state');
		expect(host.sessionStorage.getItem(PROGRESS_KEY)).toBe('state');
		expect(host.localStorage.length).toBe(0);
		expect(tracker.restore()).toBe('state');
	});

	test('"Remember my progress" moves it to localStorage, unticking moves it back', () => {
		const host = { sessionStorage: memoryStorage(), localStorage: memoryStorage() };
		const tracker = createSiteTracker(host);
		tracker.save('state');
		tracker.setRemember(true);
		expect(tracker.isRemembering()).toBe(true);
		expect(host.localStorage.getItem(PROGRESS_KEY)).toBe('state');
		expect(host.sessionStorage.getItem(PROGRESS_KEY)).toBeNull();
		// A new tab (fresh sessionStorage) sees the remembered progress.
		expect(createSiteTracker({ ...host, sessionStorage: memoryStorage() }).restore()).toBe('state');
		tracker.setRemember(false);
		expect(host.localStorage.getItem(PROGRESS_KEY)).toBeNull();
		expect(host.localStorage.getItem(REMEMBER_KEY)).toBeNull();
		expect(tracker.restore()).toBe('state');
	});

	test('"Remember" ticked in another tab: this tab\'s answers join the remembered ones, none left behind', () => {
		const localStorage = memoryStorage();
		const tabA = { sessionStorage: memoryStorage(), localStorage };
		const tabB = { sessionStorage: memoryStorage(), localStorage };
		const lessons: EngineLesson[] = [{ id: 'one', activities: [sample.single, sample.multi] }];
		const open = (host: StorageHost) =>
			createSession({
				lessons,
				passMark: 0,
				reporting: 'completion',
				tracker: createSiteTracker(host),
				codec: jsonCodec,
			});
		open(tabA).answer('q-single', { type: 'single-choice', value: 'b' });
		const b = open(tabB);
		b.answer('q-multi', { type: 'multiple-response', value: ['a'] });
		expect(createSiteTracker(tabA).setRemember(true)).toBe(true);
		// Tab B only looks (another page): it sees its answer, but nothing of its own moves to the
		// device, so leaving by the quick exit now leaves nothing of tab B's behind.
		expect(open(tabB).state().activities['q-multi']?.latest?.value).toEqual(['a']);
		expect(localStorage.getItem(PROGRESS_KEY)).not.toContain('q-multi');
		// Tab B answers again, then reloads: both of its answers and tab A's are there.
		b.answer('q-single', { type: 'single-choice', value: 'a' });
		const reloaded = open(tabB).state().activities;
		expect(reloaded['q-multi']?.latest?.value).toEqual(['a']);
		expect(reloaded['q-single']?.first?.value).toBe('b');
		expect(reloaded['q-single']?.latest?.value).toBe('a');
		expect(tabB.sessionStorage.getItem(PROGRESS_KEY)).toBeNull();
		// A new tab sees them all.
		const fresh = open({ sessionStorage: memoryStorage(), localStorage }).state().activities;
		expect(Object.keys(fresh).sort()).toEqual(['q-multi', 'q-single']);
	});

	test('"Remember" ticked in another tab, then the quick exit: nothing of this tab stays behind', () => {
		const localStorage = memoryStorage();
		const tabA = { sessionStorage: memoryStorage(), localStorage };
		const tabB = { sessionStorage: memoryStorage(), localStorage };
		createSiteTracker(tabB).save('tab B answered');
		createSiteTracker(tabA).setRemember(true);
		expect(createSiteTracker(tabB).restore()).toBe('tab B answered');
		forgetTabProgress(() => tabB.sessionStorage);
		expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
	});

	test('"Forget my progress" deletes it everywhere', () => {
		const host = { sessionStorage: memoryStorage(), localStorage: memoryStorage() };
		const tracker = createSiteTracker(host);
		tracker.setRemember(true);
		tracker.save('state');
		tracker.forget();
		expect(host.localStorage.length + host.sessionStorage.length).toBe(0);
		expect(tracker.restore()).toBeUndefined();
	});

	test('never throws when storage does (private modes, full quota)', () => {
		const tracker = createSiteTracker({ sessionStorage: broken(), localStorage: broken() });
		expect(() => {
			tracker.save('x');
			tracker.setRemember(true);
			tracker.forget();
		}).not.toThrow();
		expect(tracker.restore()).toBeUndefined();
	});
});

/** A storage like `base` but for its `setItem`. */
function withSetItem(base: Storage, setItem: (key: string, value: string) => void): Storage {
	return {
		get length() {
			return base.length;
		},
		clear: () => {
			base.clear();
		},
		getItem: (k) => base.getItem(k),
		key: (i) => base.key(i),
		removeItem: (k) => {
			base.removeItem(k);
		},
		setItem,
	};
}

/** A storage whose reads and writes throw, as a browser's with storage blocked or full. */
function broken(): Storage {
	const fail = () => {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	};
	return { length: 0, clear: fail, key: fail, removeItem: fail, getItem: fail, setItem: fail };
}

/** A window whose storage properties throw when read (Chromium with site data blocked). */
function blockedHost(): StorageHost {
	return {
		get sessionStorage(): Storage {
			throw new DOMException('Access is denied for this document.', 'SecurityError');
		},
		get localStorage(): Storage {
			throw new DOMException('Access is denied for this document.', 'SecurityError');
		},
	};
}

describe('site tracker: each offline module keeps its own progress', () => {
	test('two scopes on one origin keep separate progress; the site store is untouched', () => {
		const host = { sessionStorage: memoryStorage(), localStorage: memoryStorage() };
		const ks3 = createSiteTracker(host, { scope: 'school-ks3' });
		const ks4 = createSiteTracker(host, { scope: 'school-ks4' });
		ks3.save('ks3 answers');
		expect(ks4.restore()).toBeUndefined();
		ks4.save('ks4 answers');
		expect(ks3.restore()).toBe('ks3 answers');
		expect(host.sessionStorage.getItem('second-look:progress:v1:school-ks3')).toBe('ks3 answers');
		expect(host.sessionStorage.getItem(PROGRESS_KEY)).toBeNull();
		expect(storeKeys('school-ks4')).toEqual({
			progress: 'second-look:progress:v1:school-ks4',
			remember: 'second-look:remember:school-ks4',
		});
	});

	test('"Remember" in one module remembers that module only', () => {
		const host = { sessionStorage: memoryStorage(), localStorage: memoryStorage() };
		const ks3 = createSiteTracker(host, { scope: 'school-ks3' });
		const ks4 = createSiteTracker(host, { scope: 'school-ks4' });
		ks3.save('ks3 answers');
		ks4.save('ks4 answers');
		expect(ks3.setRemember(true)).toBe(true);
		expect(ks4.isRemembering()).toBe(false);
		// The other module's progress is still where it was, not hidden behind a shared flag.
		expect(ks4.restore()).toBe('ks4 answers');
		expect(host.localStorage.getItem(storeKeys('school-ks3').progress)).toBe('ks3 answers');
	});

	test('"Forget" in one module forgets that module only', () => {
		const host = { sessionStorage: memoryStorage(), localStorage: memoryStorage() };
		const ks3 = createSiteTracker(host, { scope: 'school-ks3' });
		const ks4 = createSiteTracker(host, { scope: 'school-ks4' });
		const site = createSiteTracker(host);
		ks3.setRemember(true);
		ks3.save('ks3 answers');
		ks4.setRemember(true);
		ks4.save('ks4 answers');
		site.save('site answers');
		ks3.forget();
		expect(ks3.restore()).toBeUndefined();
		expect(ks3.isRemembering()).toBe(false);
		expect(ks4.restore()).toBe('ks4 answers');
		expect(ks4.isRemembering()).toBe(true);
		expect(site.restore()).toBe('site answers');
	});
});

describe('forgetTabProgress (the quick exit)', () => {
	test("deletes every progress store of the tab, the site's and each module's, a cmi5 launch's token, and nothing else", () => {
		const host = { sessionStorage: memoryStorage(), localStorage: memoryStorage() };
		createSiteTracker(host).save('site answers');
		createSiteTracker(host, { scope: 'school-ks3' }).save('module answers');
		host.sessionStorage.setItem(`${CMI5_TAB_KEY}token:https://lms/fetch`, 'Basic abc');
		host.sessionStorage.setItem(`${CMI5_TAB_KEY}session:https://lms/fetch`, '{}');
		host.sessionStorage.setItem('lms-own-key', 'kept');
		host.localStorage.setItem(PROGRESS_KEY, 'remembered');
		host.localStorage.setItem(`${CMI5_TAB_KEY}queue:reg-1`, '[]');
		forgetTabProgress(() => host.sessionStorage);
		expect(createSiteTracker(host, { scope: 'school-ks3' }).restore()).toBeUndefined();
		expect(host.sessionStorage.getItem(PROGRESS_KEY)).toBeNull();
		expect(host.sessionStorage.getItem(`${CMI5_TAB_KEY}token:https://lms/fetch`)).toBeNull();
		expect(host.sessionStorage.getItem(`${CMI5_TAB_KEY}session:https://lms/fetch`)).toBeNull();
		expect(host.sessionStorage.getItem('lms-own-key')).toBe('kept');
		// What the LMS has not taken yet (localStorage) is the only copy: it stays.
		expect(host.localStorage.getItem(`${CMI5_TAB_KEY}queue:reg-1`)).toBe('[]');
		expect(host.localStorage.getItem(PROGRESS_KEY)).toBe('remembered');
	});
	test('a blocked storage: nothing to delete, and no throw', () => {
		expect(() => {
			forgetTabProgress(() => {
				throw new DOMException('blocked', 'SecurityError');
			});
		}).not.toThrow();
	});
});

describe('site tracker: storage blocked or failing', () => {
	for (const [label, host] of [
		['storage properties throw (blocked)', blockedHost],
		['every read and write throws', () => ({ sessionStorage: broken(), localStorage: broken() })],
	] as const)
		test(`${label}: every change is kept in memory, and the tracker says it will not last`, () => {
			let told = 0;
			const tracker = createSiteTracker(host(), {
				onmemory: () => {
					told++;
				},
			});
			expect(told).toBe(1);
			expect(tracker.isPersistent()).toBe(false);
			expect(tracker.canRemember()).toBe(false);
			tracker.save('first');
			tracker.save('second');
			expect(tracker.restore()).toBe('second');
			// "Remember" cannot work, and says so rather than pretending.
			expect(tracker.setRemember(true)).toBe(false);
			expect(tracker.isRemembering()).toBe(false);
			tracker.forget();
			expect(tracker.restore()).toBeUndefined();
			expect(told).toBe(1);
		});

	test('a module session on blocked storage keeps every answer, not only the last change', () => {
		const lessons: EngineLesson[] = [
			{ id: 'one', activities: [sample.single, sample.trueFalse, sample.ordering] },
		];
		const session = createSession({
			lessons,
			passMark: 80,
			reporting: 'pass-mark',
			tracker: createSiteTracker(blockedHost(), { scope: 'school-ks3' }),
			codec: compactCodec,
		});
		session.visit('one');
		session.answer('q-single', { type: 'single-choice', value: 'b' });
		session.answer('q-tf', { type: 'true-false', value: false });
		session.skip('q-order');
		expect(session.state().visited).toEqual(['one']);
		expect(Object.keys(session.state().activities).sort()).toEqual(['q-order', 'q-single', 'q-tf']);
		expect(session.progress()).toMatchObject({ answered: 2, skipped: 1, completed: true });
	});

	test('storage that fills up mid-way: the whole state moves to memory, the learner is told once', () => {
		const session = memoryStorage();
		let writes = 0;
		const full = withSetItem(session, (k, v) => {
			if (k === PROGRESS_KEY && ++writes > 1) throw new DOMException('full', 'QuotaExceededError');
			session.setItem(k, v);
		});
		let told = 0;
		const tracker = createSiteTracker(
			{ sessionStorage: full, localStorage: memoryStorage() },
			{
				onmemory: () => {
					told++;
				},
			},
		);
		expect(tracker.isPersistent()).toBe(true);
		tracker.save('one answer');
		tracker.save('two answers');
		expect(tracker.restore()).toBe('two answers');
		expect(tracker.isPersistent()).toBe(false);
		tracker.save('three answers');
		expect(tracker.restore()).toBe('three answers');
		expect(told).toBe(1);
	});

	test('"Remember" refused by localStorage: progress stays in the tab, and the tracker says so', () => {
		const local = memoryStorage();
		const refusing = withSetItem(local, (k, v) => {
			if (k !== 'second-look:probe') throw new DOMException('full', 'QuotaExceededError');
			local.setItem(k, v);
		});
		const host = { sessionStorage: memoryStorage(), localStorage: refusing };
		const tracker = createSiteTracker(host);
		tracker.save('state');
		expect(tracker.setRemember(true)).toBe(false);
		expect(tracker.isRemembering()).toBe(false);
		expect(tracker.restore()).toBe('state');
		expect(host.sessionStorage.getItem(PROGRESS_KEY)).toBe('state');
	});
});

describe('site JSON codec', () => {
	const lesson: EngineLesson[] = [{ id: 'one', activities: [sample.single, sample.multi] }];

	test('round-trips and refuses anything else', () => {
		const state = {
			visited: ['a'],
			activities: { q: { status: 'skipped' as const, attempts: 0 } },
			location: 'a',
		};
		expect(jsonCodec.decode([], jsonCodec.encode([], state))).toEqual(state);
		expect(jsonCodec.decode([], '{"v":2}')).toBeUndefined();
		expect(jsonCodec.decode([], 'not json')).toBeUndefined();
	});

	test('an answer to an activity that changed since is left out, never shown on it', () => {
		let state = recordAnswer(emptyState(), sample.single, { type: 'single-choice', value: 'a' });
		state = recordAnswer(state, sample.multi, { type: 'multiple-response', value: ['a', 'c'] });
		const text = jsonCodec.encode(lesson, state);
		// Option "a" of the single choice is gone; the other activity did not change.
		const changed: EngineLesson[] = [
			{
				id: 'one',
				activities: [{ ...sample.single, options: sample.single.options.slice(1) }, sample.multi],
			},
		];
		const back = jsonCodec.decode(changed, text);
		expect(back?.activities['q-single']).toBeUndefined();
		expect(back?.activities['q-multi']).toEqual(state.activities['q-multi']);
	});

	test('an answer given when another option was the right one is left out, never marked against the new key', () => {
		// Right when given: "b". Then the lesson is corrected and "a" becomes the right answer.
		let state = recordAnswer(emptyState(), sample.single, { type: 'single-choice', value: 'b' });
		state = recordAnswer(state, sample.multi, { type: 'multiple-response', value: ['a', 'c'] });
		expect(state.activities['q-single']?.result?.correct).toBe(true);
		const text = jsonCodec.encode(lesson, state);
		const rekeyed: EngineLesson[] = [
			{
				id: 'one',
				activities: [
					{
						...sample.single,
						options: sample.single.options.map((o) => ({ ...o, correct: o.id === 'a' })),
					},
					sample.multi,
				],
			},
		];
		const back = jsonCodec.decode(rekeyed, text);
		expect(back?.activities['q-single']).toBeUndefined();
		expect(back?.activities['q-multi']).toEqual(state.activities['q-multi']);
		// Only the wording changed: the answer stays, and so does its mark.
		const reworded: EngineLesson[] = [
			{
				id: 'one',
				activities: [{ ...sample.single, prompt: 'What should Sam do now?' }, sample.multi],
			},
		];
		expect(jsonCodec.decode(reworded, text)?.activities['q-single']).toEqual(
			state.activities['q-single'],
		);
	});

	test('an answer saved before answers carried their key is checked again as it is', () => {
		const text = JSON.stringify({
			v: 1,
			visited: ['one'],
			activities: {
				'q-single': {
					status: 'answered',
					first: { type: 'single-choice', value: 'b' },
					attempts: 1,
				},
			},
		});
		expect(jsonCodec.decode(lesson, text)?.activities['q-single']?.result?.correct).toBe(true);
	});

	test('records of other lessons pass through untouched (each island checks its own)', () => {
		const state = recordSkip(
			recordAnswer(emptyState(), sample.trueFalse, { type: 'true-false', value: true }),
			'q-elsewhere',
		);
		const back = jsonCodec.decode(lesson, jsonCodec.encode(lesson, state));
		expect(back?.activities).toEqual(state.activities);
	});

	test('a record that is not one (edited storage) is left out; the check is made again', () => {
		const text = JSON.stringify({
			v: 1,
			visited: ['one', 3],
			activities: {
				'q-single': {
					status: 'answered',
					first: { type: 'single-choice', value: 'b' },
					result: { scored: true, correct: false, score: 0 },
					attempts: 1,
				},
				'q-multi': { status: 'answered', first: { type: 'multiple-response', value: 'a' } },
			},
		});
		const back = jsonCodec.decode(lesson, text);
		expect(back?.visited).toEqual(['one']);
		expect(back?.activities['q-multi']).toBeUndefined();
		expect(back?.activities['q-single']).toEqual({
			status: 'answered',
			first: { type: 'single-choice', value: 'b' },
			latest: { type: 'single-choice', value: 'b' },
			result: { scored: true, correct: true, score: 1 },
			attempts: 1,
		});
	});
});
