import type { ContentError } from './errors.ts';

/** Reports every id that appears more than once, at each later place it appears. */
export function findDuplicates<T>(
	items: readonly T[],
	idOf: (item: T) => string,
	report: (item: T, index: number, firstIndex: number) => ContentError,
): ContentError[] {
	const seen = new Map<string, number>();
	const errors: ContentError[] = [];
	items.forEach((item, index) => {
		const id = idOf(item);
		const first = seen.get(id);
		if (first === undefined) seen.set(id, index);
		else errors.push(report(item, index, first));
	});
	return errors;
}
