/**
 * A strict call checker around an LMS-side SCORM API (scorm-again in the tests). scorm-again is
 * lenient: it accepts 1.2 suspend_data over 4,096 characters, ids with spaces and silently maps
 * 2004 vocabulary into 1.2. This wrapper records every call and lists each violation of the spec:
 * order (Initialize first and once, nothing after Terminate), arguments (""), vocabularies,
 * formats, limits, and any "false" return. Written from the specs, independently of the runtime's
 * own table, so a mistake in that table shows up here.
 */

type Standard = 'scorm12' | 'scorm2004';

const TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const DURATION_2004 =
	/^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$/;
// RTE 4.2 time (second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]: a zone only after a fraction.
const TIMESTAMP_2004 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?$/;
const IDENTIFIER_12 = /^[^\s]{1,255}$/;

/** Per-element rules for values a SCO writes: a list of allowed values, or a test. */
const rules: Record<Standard, [RegExp, (value: string) => boolean, string][]> = {
	scorm12: [
		[
			/^cmi\.core\.lesson_status$/,
			(v) => ['passed', 'completed', 'failed', 'incomplete', 'browsed'].includes(v),
			'lesson_status vocabulary (RTE 3.4.4)',
		],
		[
			/^cmi\.core\.exit$/,
			(v) => ['', 'suspend', 'logout', 'time-out'].includes(v),
			'exit vocabulary ("normal" is 2004 only)',
		],
		[/^cmi\.core\.session_time$/, (v) => TIMESPAN_12.test(v), 'CMITimespan HHHH:MM:SS.SS'],
		[/^cmi\.core\.lesson_location$/, (v) => v.length <= 255, 'lesson_location up to 255'],
		[
			/^cmi\.core\.score\.(raw|min|max)$/,
			(v) => v === '' || (Number(v) >= 0 && Number(v) <= 100),
			'score 0–100',
		],
		[/^cmi\.suspend_data$/, (v) => v.length <= 4096, 'suspend_data up to 4,096'],
		[/^cmi\.interactions\.\d+\.id$/, (v) => IDENTIFIER_12.test(v), 'CMIIdentifier (no spaces)'],
		[
			/^cmi\.interactions\.\d+\.type$/,
			(v) =>
				[
					'true-false',
					'choice',
					'fill-in',
					'matching',
					'performance',
					'sequencing',
					'likert',
					'numeric',
				].includes(v),
			'interaction type',
		],
		[
			/^cmi\.interactions\.\d+\.result$/,
			(v) =>
				['correct', 'wrong', 'unanticipated', 'neutral'].includes(v) || /^-?\d+(\.\d+)?$/.test(v),
			'result vocabulary ("incorrect" is 2004 only)',
		],
		[/^cmi\.interactions\.\d+\.(time)$/, (v) => TIME_12.test(v), 'CMITime HH:MM:SS'],
		[/^cmi\.interactions\.\d+\.latency$/, (v) => TIMESPAN_12.test(v), 'CMITimespan'],
		[
			/^cmi\.interactions\.\d+\.(student_response|correct_responses\.\d+\.pattern)$/,
			(v) => v.length <= 255,
			'CMIFeedback up to 255',
		],
	],
	scorm2004: [
		[
			/^cmi\.completion_status$/,
			(v) => ['completed', 'incomplete', 'not attempted', 'unknown'].includes(v),
			'completion_status vocabulary',
		],
		[
			/^cmi\.success_status$/,
			(v) => ['passed', 'failed', 'unknown'].includes(v),
			'success_status vocabulary',
		],
		[
			/^cmi\.exit$/,
			(v) => ['', 'normal', 'suspend', 'logout', 'time-out'].includes(v),
			'exit vocabulary',
		],
		[
			/^cmi\.session_time$/,
			(v) => DURATION_2004.test(v) && v !== 'P' && !v.endsWith('T'),
			'ISO 8601 duration',
		],
		[/^cmi\.location$/, (v) => v.length <= 1000, 'location up to 1000'],
		[/^cmi\.score\.scaled$/, (v) => Number(v) >= -1 && Number(v) <= 1, 'scaled −1…1'],
		[/^cmi\.suspend_data$/, (v) => v.length <= 64000, 'suspend_data up to 64,000'],
		[
			/^cmi\.interactions\.\d+\.id$/,
			(v) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(v) && v.length <= 4000,
			'long_identifier_type (a URI)',
		],
		[
			/^cmi\.interactions\.\d+\.type$/,
			(v) =>
				[
					'true-false',
					'choice',
					'fill-in',
					'long-fill-in',
					'matching',
					'performance',
					'sequencing',
					'likert',
					'numeric',
					'other',
				].includes(v),
			'interaction type',
		],
		[
			/^cmi\.interactions\.\d+\.result$/,
			(v) =>
				['correct', 'incorrect', 'unanticipated', 'neutral'].includes(v) ||
				/^-?\d+(\.\d+)?$/.test(v),
			'result vocabulary ("wrong" is 1.2 only)',
		],
		[/^cmi\.interactions\.\d+\.timestamp$/, (v) => TIMESTAMP_2004.test(v), 'ISO 8601 timestamp'],
		[/^cmi\.interactions\.\d+\.latency$/, (v) => DURATION_2004.test(v), 'ISO 8601 duration'],
	],
};

/** 1.2 CMIFeedback by interaction type (RTE 3.4.4): choices are single characters [0-9a-z]. */
const ONE = '[0-9a-z]';
const FEEDBACK_12: Record<string, RegExp> = {
	'true-false': /^[01tf]$/,
	choice: new RegExp(`^(${ONE}(,${ONE})*)?$`),
	sequencing: new RegExp(`^(${ONE}(,${ONE})*)?$`),
	matching: new RegExp(`^(${ONE}\\.${ONE}(,${ONE}\\.${ONE})*)?$`),
	likert: new RegExp(`^${ONE}?$`),
};

/** 2004 short_identifier_type (RTE 4.2.9.1): no spaces, no reserved "[", at most 250 characters. */
const SHORT_ID = '[^\\s\\[\\]]{1,250}';
const RESPONSE_2004: Record<string, RegExp> = {
	'true-false': /^(true|false)$/,
	choice: new RegExp(`^(${SHORT_ID}(\\[,\\]${SHORT_ID})*)?$`),
	sequencing: new RegExp(`^(${SHORT_ID}(\\[,\\]${SHORT_ID})*)?$`),
	matching: new RegExp(
		`^(${SHORT_ID}\\[\\.\\]${SHORT_ID}(\\[,\\]${SHORT_ID}\\[\\.\\]${SHORT_ID})*)?$`,
	),
	likert: new RegExp(`^(${SHORT_ID})?$`),
};

/** A response or pattern that breaks its interaction type's format, or undefined. */
function responseProblem(standard: Standard, type: string | undefined, value: string) {
	const format = (standard === 'scorm12' ? FEEDBACK_12 : RESPONSE_2004)[type ?? ''];
	return format && !format.test(value) ? `the ${type ?? ''} response format` : undefined;
}

const methods = {
	scorm12: {
		init: 'LMSInitialize',
		term: 'LMSFinish',
		set: 'LMSSetValue',
		get: 'LMSGetValue',
		commit: 'LMSCommit',
		errors: ['LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
	},
	scorm2004: {
		init: 'Initialize',
		term: 'Terminate',
		set: 'SetValue',
		get: 'GetValue',
		commit: 'Commit',
		errors: ['GetLastError', 'GetErrorString', 'GetDiagnostic'],
	},
} as const;

/** One recorded call. */
export interface Call {
	method: string;
	args: string[];
	result: string;
}

/**
 * Wraps `api` (an object with the standard's methods) and returns the wrapper plus the record.
 * `violations` lists every breach of the spec in the order it happened.
 */
export function strictScorm(api: Record<string, unknown>, standard: Standard) {
	const names = methods[standard];
	const calls: Call[] = [];
	const violations: string[] = [];
	let phase: 'before' | 'open' | 'after' = 'before';
	/** Each interaction's type, by index, as the SCO set it (responses are checked against it). */
	const types = new Map<string, string>();
	const wrapper: Record<string, unknown> = {};
	for (const method of [
		names.init,
		names.term,
		names.set,
		names.get,
		names.commit,
		...names.errors,
	]) {
		wrapper[method] = (...args: string[]) => {
			const isError = (names.errors as readonly string[]).includes(method);
			if (phase === 'after' && !isError) violations.push(`${method} called after ${names.term}`);
			if (phase === 'before' && method !== names.init && !isError)
				violations.push(`${method} called before ${names.init}`);
			if (
				(method === names.init || method === names.term || method === names.commit) &&
				args[0] !== ''
			)
				violations.push(`${method} argument must be "" (got ${JSON.stringify(args[0])})`);
			if (method === names.init && phase !== 'before')
				violations.push(`${names.init} called twice`);
			if (method === names.set) {
				const [element = '', value = ''] = args;
				for (const [path, ok, rule] of rules[standard]) {
					if (path.test(element) && !ok(value))
						violations.push(`${element} = ${JSON.stringify(value.slice(0, 60))} breaks ${rule}`);
				}
				const typeOf = /^cmi\.interactions\.(\d+)\.type$/.exec(element);
				if (typeOf?.[1]) types.set(typeOf[1], value);
				const response =
					/^cmi\.interactions\.(\d+)\.(student_response|learner_response|correct_responses\.\d+\.pattern)$/.exec(
						element,
					);
				const problem = response && responseProblem(standard, types.get(response[1] ?? ''), value);
				if (problem)
					violations.push(`${element} = ${JSON.stringify(value.slice(0, 60))} breaks ${problem}`);
				if (/^cmi\.interactions\.\d+\.description$/.test(element) && value.length > 250)
					violations.push(`${element} is over 250 characters (localized_string_type)`);
			}
			const fn = api[method] as (...a: string[]) => unknown;
			const result = String(fn.apply(api, args));
			calls.push({ method, args, result });
			if (!isError && method !== names.get && result !== 'true')
				violations.push(`${method}(${args.join(', ').slice(0, 80)}) returned ${result}`);
			if (method === names.init && result === 'true') phase = 'open';
			if (method === names.term && result === 'true') phase = 'after';
			return result;
		};
	}
	return {
		api: wrapper,
		calls,
		violations,
		/** Checks what must be true at the end of a session. */
		endViolations(): string[] {
			const out = [...violations];
			const inits = calls.filter((c) => c.method === names.init).length;
			const terms = calls.filter((c) => c.method === names.term).length;
			if (inits !== 1) out.push(`${names.init} called ${inits} times`);
			if (terms !== 1) out.push(`${names.term} called ${terms} times`);
			const setBeforeEnd = (suffix: string) =>
				calls.some((c) => c.method === names.set && c.args[0]?.endsWith(suffix));
			if (!setBeforeEnd('session_time')) out.push('no session_time before Terminate');
			if (!setBeforeEnd('exit')) out.push('no exit before Terminate');
			return out;
		},
	};
}
