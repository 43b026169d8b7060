import type { Change } from '../schemas/changes.ts';

/** A module's content version: its newest `changes:` entry's version and date (`YYYY-MM-DD`). */
export interface ContentVersion {
	version: string;
	date: string;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/**
 * The content version a module's packages carry: its newest release (the first `changes:` entry),
 * or undefined for a module without a `changes:` list. Pure.
 */
export function contentVersion(module: {
	changes?: readonly Change[] | undefined;
}): ContentVersion | undefined {
	const newest = module.changes?.[0];
	return newest && { version: newest.version, date: newest.date };
}

/** `2026-12-01` as "1 December 2026", the way every page writes a date. Pure. */
export function spokenDate(isoDate: string): string {
	const [y = '', m = '', d = ''] = isoDate.split('-');
	return `${String(Number(d))} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** "Content version 1.1, 6 December 2026": the line packages and the module page show. Pure. */
export function versionLine({ version, date }: ContentVersion): string {
	return `Content version ${version}, ${spokenDate(date)}`;
}
