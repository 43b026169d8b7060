import { describe, expect, test } from 'vitest';
import { PROGRESS_KEY, REMEMBER_KEY, createSiteTracker, jsonCodec } from './site-tracker.ts';

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
		const broken: Storage = {
			length: 0,
			clear: () => undefined,
			key: () => null,
			removeItem: () => undefined,
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
		};
		const tracker = createSiteTracker({ sessionStorage: broken, localStorage: broken });
		expect(() => {
			tracker.save('x');
			tracker.setRemember(true);
			tracker.forget();
		}).not.toThrow();
		expect(tracker.restore()).toBeUndefined();
	});

	test('the JSON codec round-trips and refuses anything else', () => {
		const state = {
			visited: ['a'],
			activities: { q: { status: 'skipped' as const, attempts: 0 } },
			location: 'a',
		};
		expect(jsonCodec.decode([], jsonCodec.encode([], state))).toEqual(state);
		expect(jsonCodec.decode([], '{"v":2}')).toBeUndefined();
		expect(jsonCodec.decode([], 'not json')).toBeUndefined();
	});
});
