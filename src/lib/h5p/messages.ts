import type { H5pResult } from '../engine/answers.ts';

/**
 * The messages an H5P frame (`/h5p/<activity>/`, see src/pages/h5p/[id].astro) sends to the page
 * that embeds it, with `postMessage`. Both sides use this module: the frame builds messages from
 * H5P's xAPI statements; the page accepts only messages that come from its own frame's window
 * (sandboxed: origin "null"), about its own activity, in exactly this shape. The page sends the
 * frame nothing. Pure: no DOM.
 */
export const H5P_CHANNEL = 'second-look:h5p';
export const H5P_MESSAGE_VERSION = 1;

/** The origin a sandboxed frame (no `allow-same-origin`) has: opaque, serialised as "null". */
export const SANDBOXED_ORIGIN = 'null';

/** The `sandbox` attribute of every H5P frame: scripts run, in an opaque origin, and nothing else. */
export const FRAME_SANDBOX = 'allow-scripts';

/** Longest response text kept (SCORM 2004 `other` allows 4,000; fill-in keeps 250 of it). */
export const MAX_RESPONSE = 4000;

/** What a frame can say. */
export type FrameMessage =
	/** The learner answered; H5P's own verdict and score. */
	| { kind: 'answered'; result: H5pResult }
	/** The content's height changed (CSS pixels), so the page can size the frame. */
	| { kind: 'height'; height: number }
	/** Escape was pressed inside the frame: the page's quick exit counts it. */
	| { kind: 'escape' }
	/** The content could not be loaded. */
	| { kind: 'failed' };

/** A message as it travels: the channel, the version and the activity it is about. */
export type Envelope = FrameMessage & { channel: string; v: number; activity: string };

/** Wraps a message for sending. */
export function envelope(activity: string, message: FrameMessage): Envelope {
	return { channel: H5P_CHANNEL, v: H5P_MESSAGE_VERSION, activity, ...message };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** Keeps a response to printable text of bounded length. */
function cleanResponse(text: string): string {
	return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, MAX_RESPONSE);
}

/**
 * The result of an xAPI statement from H5P, when it is the whole content's answer: verb `answered`
 * or `completed`, with a score, and not about a part of the content (no parent activity).
 */
export function resultFromStatement(statement: unknown): H5pResult | undefined {
	if (!isRecord(statement)) return undefined;
	const verb = isRecord(statement['verb']) ? statement['verb']['id'] : undefined;
	if (
		verb !== 'http://adlnet.gov/expapi/verbs/answered' &&
		verb !== 'http://adlnet.gov/expapi/verbs/completed'
	)
		return undefined;
	const context = isRecord(statement['context']) ? statement['context'] : {};
	const activities = isRecord(context['contextActivities']) ? context['contextActivities'] : {};
	if (activities['parent'] !== undefined) return undefined; // a part of a compound content
	const result = statement['result'];
	if (!isRecord(result) || !isRecord(result['score'])) return undefined;
	const { raw, max, scaled } = result['score'];
	const score =
		typeof scaled === 'number'
			? scaled
			: typeof raw === 'number' && typeof max === 'number' && max > 0
				? raw / max
				: undefined;
	if (score === undefined || !Number.isFinite(score)) return undefined;
	return {
		response: typeof result['response'] === 'string' ? cleanResponse(result['response']) : '',
		success: typeof result['success'] === 'boolean' ? result['success'] : null,
		score: Math.min(1, Math.max(0, score)),
	};
}

/** Reads a received message; undefined unless it is exactly one of ours, about `activity`. */
export function parseFrameMessage(data: unknown, activity: string): FrameMessage | undefined {
	if (!isRecord(data)) return undefined;
	if (data['channel'] !== H5P_CHANNEL || data['v'] !== H5P_MESSAGE_VERSION) return undefined;
	if (data['activity'] !== activity) return undefined;
	switch (data['kind']) {
		case 'answered': {
			const r = data['result'];
			if (!isRecord(r)) return undefined;
			const { response, success, score } = r;
			if (typeof response !== 'string' || response.length > MAX_RESPONSE) return undefined;
			if (success !== null && typeof success !== 'boolean') return undefined;
			if (typeof score !== 'number' || !(score >= 0 && score <= 1)) return undefined;
			return { kind: 'answered', result: { response, success, score } };
		}
		case 'height': {
			const h = data['height'];
			return typeof h === 'number' && Number.isFinite(h) && h >= 0
				? { kind: 'height', height: Math.min(5000, Math.round(h)) }
				: undefined;
		}
		case 'escape':
			return { kind: 'escape' };
		case 'failed':
			return { kind: 'failed' };
		default:
			return undefined;
	}
}

/** The parts of a `message` event the page checks. */
export interface ReceivedMessage {
	origin: string;
	source: unknown;
	data: unknown;
}

/**
 * Accepts a message only from `frame` (the embedding page's own H5P frame window), about
 * `activity`, in exactly our shape. The frame is sandboxed without same-origin, so its messages
 * arrive with the origin "null"; a message from the frame window with any other origin means the
 * frame is not sandboxed, and is refused too. The page itself must be on a real origin (never
 * "null": `file://` pages do not run H5P). Which window sent it is what proves where it came from.
 */
export function acceptFrameMessage(
	event: ReceivedMessage,
	expected: { origin: string; frame: unknown; activity: string },
): FrameMessage | undefined {
	if (expected.origin === 'null' || event.origin !== SANDBOXED_ORIGIN) return undefined;
	if (event.source === null || event.source === undefined || event.source !== expected.frame)
		return undefined;
	return parseFrameMessage(event.data, expected.activity);
}
