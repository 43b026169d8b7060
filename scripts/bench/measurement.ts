import type { OutputFigures } from './measure.ts';
import type { Table } from './report.ts';

/**
 * A figure measured on one built output: the contract each measurement (search.ts, scorm-calls.ts,
 * …) implements and measurements.ts lists, apart from that list so a measurement need not import it.
 */
export interface Measurement {
	/** What it measures, for error messages. */
	name: string;
	/** Returns the tables to print for this output (none when there is nothing to report). */
	measure(output: OutputFigures): Promise<Table[]>;
}
