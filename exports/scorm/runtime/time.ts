import type { TimeFormat } from '../facts.ts';

/** Milliseconds as SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` (hours 2 to 4 digits). */
function cmiTimespan(ms: number): string {
	const centis = Math.round(Math.max(0, ms) / 10);
	const hours = Math.min(9999, Math.floor(centis / 360000));
	const minutes = Math.floor((centis % 360000) / 6000);
	const seconds = (centis % 6000) / 100;
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	const secondsText = seconds.toFixed(2).padStart(5, '0').replace(/\.00$/, '');
	return `${pad(hours, 2)}:${pad(minutes, 2)}:${secondsText}`;
}

/** Milliseconds as an ISO 8601 duration for SCORM 2004 (`PT1H2M3.5S`, at most 2 decimals). */
function isoDuration(ms: number): string {
	const centis = Math.round(Math.max(0, ms) / 10);
	const hours = Math.floor(centis / 360000);
	const minutes = Math.floor((centis % 360000) / 6000);
	const seconds = (centis % 6000) / 100;
	const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
	return `PT${parts}`;
}

/** Formats a duration in the standard's time format (the table names it). Pure. */
export function formatDuration(ms: number, format: TimeFormat): string {
	return format.name === 'CMITimespan' ? cmiTimespan(ms) : isoDuration(ms);
}

/**
 * Formats a moment for an interaction: 1.2 `CMITime` (HH:MM:SS), 2004 `time (second,10,0)` in UTC.
 * In 2004 the zone designator may only follow fractional seconds (`YYYY-MM-DDThh:mm:ss[.s[TZD]]`),
 * so the time carries hundredths: `2026-11-23T14:05:09.12Z`.
 */
export function formatTimestamp(at: Date, format: TimeFormat): string {
	const iso = at.toISOString(); // 2026-11-23T14:05:09.123Z
	return format.name === 'CMITime' ? iso.slice(11, 19) : `${iso.slice(0, 22)}Z`;
}
