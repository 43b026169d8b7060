import type { Connect } from '../contract.ts';
import { connectCmi5 } from './runtime/connection.ts';
import { mergeSavedWith } from './runtime/progress-document.ts';

/**
 * The cmi5 package's connection (loaded only by a page that runs as cmi5), or undefined when the
 * page was not launched by a cmi5 LMS. The queue and the answers kept for the LMS outlive the tab,
 * per registration; with blocked storage (a sandboxed frame) the queue works in memory.
 */
export const connect: Connect = async ({ win, lessons, codec, state, onnotice }) => {
	const store = (name: 'sessionStorage' | 'localStorage') => {
		try {
			return win[name];
		} catch {
			return undefined;
		}
	};
	const locks = win.navigator.locks as LockManager | undefined;
	const connection = await connectCmi5({
		search: win.location.search,
		fetch: win.fetch.bind(win),
		storage: store('sessionStorage'),
		durable: store('localStorage'),
		...(locks ? { lock: (name, run) => locks.request(name, run) } : {}),
		mergeSaved: mergeSavedWith(lessons, codec, state.merge),
		navigate: (url) => {
			win.location.assign(url);
		},
		onnotice,
	});
	return connection ? { connection, isRecorded: true } : undefined;
};
