/**
 * Measurements: EXTENSION POINT
 *
 * Each entry is run on every built output after the page figures and may return tables to print.
 * Add new figures here (and nowhere else), for example a per-format breakdown of package sizes
 * (SCORM 1.2 / 2004 / cmi5 / offline) beside `downloadsMeasurement`.
 */
import { stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Measurement } from './measurement.ts';
import { listFiles, type OutputFigures } from './measure.ts';
import { lighthouseMeasurement } from './lighthouse.ts';
import { packagesMeasurement } from './packages.ts';
import { formatBytes, type Table } from './report.ts';
import { scormCallsMeasurement } from './scorm-calls.ts';
import { searchMeasurement } from './search.ts';

export type { Measurement } from './measurement.ts';

/** Most rows a measurement table prints before summarising the rest. */
export const MAX_ROWS = 40;

/** Sizes of every file under `downloads/` in the output (LMS packages, offline copies). */
export const downloadsMeasurement: Measurement = {
	name: 'downloads',
	async measure(output) {
		const dir = join(output.out, 'downloads');
		const isDir = await stat(dir).then(
			(s) => s.isDirectory(),
			() => false,
		);
		if (!isDir) return [];
		const files = await Promise.all(
			(await listFiles(dir)).map(async (file) => ({
				file: file.split(sep).join('/'),
				size: (await stat(join(dir, file))).size,
			})),
		);
		const total = files.reduce((sum, f) => sum + f.size, 0);
		const shown = files.slice(0, MAX_ROWS);
		return [
			{
				title: `Downloads of ${output.label} (${files.length} files, ${formatBytes(total)})`,
				headings: ['File', 'Bytes', 'Size'],
				rows: shown.map((f) => [f.file, String(f.size), formatBytes(f.size)]),
				notes: files.length > shown.length ? [`… and ${files.length - shown.length} more`] : [],
			},
		];
	},
};

/** Every measurement run on each output, in print order. */
export const measurements: readonly Measurement[] = [
	downloadsMeasurement,
	packagesMeasurement,
	searchMeasurement,
	scormCallsMeasurement,
	lighthouseMeasurement,
];

/** What `BENCH_BUILT` (an output built already) measures: the sizes, none of the timed runs. */
export const sizeMeasurements: readonly Measurement[] = [downloadsMeasurement, packagesMeasurement];

/** Runs every measurement on every output; a failing measurement is reported, not fatal. */
export async function runMeasurements(
	outputs: readonly OutputFigures[],
	list: readonly Measurement[] = measurements,
): Promise<Table[]> {
	const tables: Table[] = [];
	for (const measurement of list) {
		for (const output of outputs) {
			try {
				tables.push(...(await measurement.measure(output)));
			} catch (err) {
				tables.push({
					title: `${measurement.name} on ${output.label}: could not measure`,
					headings: ['Error'],
					rows: [[err instanceof Error ? err.message : String(err)]],
				});
			}
		}
	}
	return tables;
}
