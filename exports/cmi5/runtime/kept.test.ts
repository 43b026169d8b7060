import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../../shared/runtime-session.test-data.ts';
import { KEEP_DAYS } from '../../shared/keep.ts';
import { deferredKey } from './deferred.ts';
import { dropExpiredKept, queueKey } from './kept.ts';

/**
 * On a shared computer, a cmi5 registration's unsent answers (queue, deferred) are kept for the
 * learner's next launch for 30 days at most, whoever launches next, as the SCORM copy is.
 */

const day = 86_400_000;
const now = 1_800_000_000_000;

describe('cmi5: what a launch keeps for the LMS, 30 days at most', () => {
	test("anyone's launch drops each registration's queue and deferred answers past their time, and keeps the rest", () => {
		const storage = memoryStorage();
		storage.setItem(queueKey('reg-old'), JSON.stringify({ at: now - 31 * day, items: [] }));
		storage.setItem(deferredKey('reg-old'), JSON.stringify({ reports: [], at: now - 40 * day }));
		storage.setItem(queueKey('reg-new'), JSON.stringify({ at: now - 2 * day, items: [] }));
		storage.setItem(deferredKey('reg-new'), JSON.stringify({ reports: [], at: now - 29 * day }));
		storage.setItem(queueKey('reg-garbled'), 'not json');
		storage.setItem('second-look:progress:v1', 'remembered'); // not what this sweeps
		dropExpiredKept(storage, now);
		expect([...storage.map.keys()].sort()).toEqual(
			[deferredKey('reg-new'), queueKey('reg-new'), 'second-look:progress:v1'].sort(),
		);
		dropExpiredKept(storage, now + (KEEP_DAYS - 1) * day);
		expect([...storage.map.keys()]).toEqual(['second-look:progress:v1']);
	});

	test('kept by a release before the 30 days (no date): stamped now, so it still gets its 30 days', () => {
		const storage = memoryStorage();
		const items = [{ kind: 'statement', key: 's1', url: '', body: '{}' }];
		storage.setItem(queueKey('reg-1'), JSON.stringify(items));
		storage.setItem(deferredKey('reg-1'), JSON.stringify({ reports: [], suspend: 'x' }));
		dropExpiredKept(storage, now);
		expect(JSON.parse(storage.getItem(queueKey('reg-1')) ?? '')).toEqual({ at: now, items });
		expect(JSON.parse(storage.getItem(deferredKey('reg-1')) ?? '')).toEqual({
			reports: [],
			suspend: 'x',
			at: now,
		});
		dropExpiredKept(storage, now + (KEEP_DAYS + 1) * day);
		expect(storage.map.size).toBe(0);
	});

	test('no storage, or a blocked one: nothing to drop, and no throw', () => {
		expect(() => {
			dropExpiredKept(undefined, now);
		}).not.toThrow();
		const blocked = memoryStorage();
		blocked.key = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		Object.defineProperty(blocked, 'length', { value: 1 });
		expect(() => {
			dropExpiredKept(blocked, now);
		}).not.toThrow();
	});
});
