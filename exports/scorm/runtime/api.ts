/** The LMS's run-time API object: method names come from the standards table. */
export type ScormApi = Record<string, unknown>;

/** The parts of a window the discovery walks; injected so tests can build any frame tree. */
export interface WindowLike {
	parent?: WindowLike | null;
	opener?: WindowLike | null;
	[key: string]: unknown;
}

/** Reads `win[name]`, treating a cross-origin SecurityError as "not here". */
function readApi(win: WindowLike, name: string): ScormApi | undefined {
	try {
		const api = win[name];
		return typeof api === 'object' && api !== null ? (api as ScormApi) : undefined;
	} catch {
		return undefined;
	}
}

function parentOf(win: WindowLike): WindowLike | undefined {
	try {
		const parent = win.parent;
		return parent && parent !== win ? parent : undefined;
	} catch {
		return undefined;
	}
}

/** Climbs from `win` through its parents (at most `maxDepth`), looking for the API. */
function climb(win: WindowLike, name: string, maxDepth: number): ScormApi | undefined {
	let current: WindowLike | undefined = win;
	for (let depth = 0; current && depth <= maxDepth; depth++) {
		const api = readApi(current, name);
		if (api) return api;
		current = parentOf(current);
	}
	return undefined;
}

/**
 * Finds the LMS API the way ADL's discovery algorithm does: this window and its parents, then the
 * window that opened it and its parents. Every cross-frame access is guarded; never throws.
 */
export function findApi(win: WindowLike, name: string, maxDepth: number): ScormApi | undefined {
	const found = climb(win, name, maxDepth);
	if (found) return found;
	try {
		const opener = win.opener;
		return opener ? climb(opener, name, maxDepth) : undefined;
	} catch {
		return undefined;
	}
}
