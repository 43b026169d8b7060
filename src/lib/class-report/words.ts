/**
 * What the class report page says when it cannot read a file: calm, plain, and always what to
 * download in Moodle instead. One place for the words, so the page and the tests agree. Pure.
 */
import { REPORT_FILE_LIMIT, type ReportProblem } from './read-export.ts';

/** How to get the right file from Moodle, step by step (the page lists them). */
export const MOODLE_STEP_LIST: readonly string[] = [
	'In Moodle, open the SCORM activity (use the SCORM 1.2 package).',
	'Open Reports, then Interactions report.',
	'In its options, tick "Summary of question" and "Summary of responses".',
	'Download, in the CSV (text) format, and open that file here.',
];

/** The same steps as one paragraph, for the messages. */
export const MOODLE_STEPS =
	'In Moodle, open the SCORM activity, then Reports, then Interactions report. In its options, tick "Summary of question" and "Summary of responses", then Download, in the CSV (text) format, and open that file here.';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The words for a problem: what happened, then what to do. Pure. */
export function problemWords(problem: ReportProblem): { what: string; todo: string } {
	switch (problem.name) {
		case 'ReportFileTooLarge':
			return {
				what: `This file is ${mb(problem.bytes)}, more than the ${mb(REPORT_FILE_LIMIT)} this page reads. A class's interactions report is usually a few kilobytes, so it may be a different file.`,
				todo: MOODLE_STEPS,
			};
		case 'ReportFileEmpty':
			return { what: 'This file is empty.', todo: MOODLE_STEPS };
		case 'ReportFileIsSpreadsheet':
			return {
				what: 'This is a spreadsheet file (Excel or OpenDocument). This page reads the text download.',
				todo: MOODLE_STEPS,
			};
		case 'ReportFileNotText':
			return {
				what: 'This file is not text, so it is not a Moodle report download.',
				todo: MOODLE_STEPS,
			};
		case 'ReportFileHasFormulas':
			return {
				what: 'This file has spreadsheet formulas in it (a cell starting with "="). Moodle never writes those, so the file has been changed since Moodle made it. Nothing in it was opened or followed.',
				todo: `Download it again from Moodle and open it here directly, without saving it from a spreadsheet first. ${MOODLE_STEPS}`,
			};
		case 'ReportNotMoodleExport':
			return {
				what: 'This file does not look like a Moodle interactions report: it has no "Question" or "Response" columns.',
				todo: MOODLE_STEPS,
			};
		case 'ReportIsBasicReport':
			return {
				what: "This is Moodle's Basic report: it has scores, but not the answers.",
				todo: MOODLE_STEPS,
			};
		case 'ReportHasNoQuestionColumns':
			return {
				what: 'This report has no "Question" columns, so the answers cannot be matched to the activities.',
				todo: MOODLE_STEPS,
			};
		case 'ReportHasNoResponseColumns':
			return {
				what: 'This report has no "Response" columns, so it does not hold the answers.',
				todo: MOODLE_STEPS,
			};
		case 'ReportIsScorm2004':
			return {
				what: "This looks like the report of a SCORM 2004 package. Moodle's interactions report only shows answers from SCORM 1.2 packages, so this file holds none.",
				todo: 'For a class report, use the SCORM 1.2 package of this module in Moodle (from the module page), then download its Interactions report. Answers already given in a SCORM 2004 package can only be seen one attempt at a time in Moodle.',
			};
		case 'ReportHasNoAttempts':
			return {
				what: 'This report has no answers in it yet.',
				todo: 'Once learners have worked through the module, download the report again.',
			};
		case 'ReportUnknownActivities':
			return {
				what: 'The activities in this file are not from any Second Look module.',
				todo: `Check that the file is the report of a Second Look SCORM activity. ${MOODLE_STEPS}`,
			};
		case 'ReportSeveralModules':
			return {
				what: `The activities answered in this file are in more than one module: ${problem.titles.map((t) => `"${t}"`).join(' and ')}.`,
				todo: 'Choose your module in the list above, and the report appears.',
			};
		case 'ReportOtherModule':
			return {
				what: `This file is from "${problem.found}", not "${problem.chosen}".`,
				todo: 'Choose "Find it from the file" or that module, above.',
			};
	}
}
