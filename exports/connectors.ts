import type { StateCodec } from '../src/lib/engine/session.ts';
import type { EngineLesson } from '../src/lib/engine/progress.ts';
import type { PackageConnection } from '../src/lib/tracking/device.ts';
import type { PackageFormat } from '../src/schemas/module.ts';
import type { AnyNotice } from './cmi5/runtime/notices.ts';
import type { StateHooks } from './scorm/runtime/resume.ts';

/**
 * The browser half of the delivery-format contract (`contract.ts`): how a package page connects to
 * where progress goes. The package runtime (src/scripts/package-runtime.ts) reads the format from
 * `<html data-standard>` and loads that format's `connect-<id>.ts` only; a package carries no
 * other format's connection (the exporter leaves other `connect-*` chunks out: `site-files.ts`).
 * Browser code: nothing here may import build-side code.
 */

/** The connection a package runs on: SCORM's, cmi5's or the device's (plus a reason to finish). */
export type Connection = PackageConnection & { finish(reason?: 'button' | 'leaving'): void };

/** What the runtime gives a format's connection. */
export interface ConnectInput {
	win: Window;
	moduleId: string;
	lessons: readonly EngineLesson[];
	/** The module's codec (compact, versioned text of a learner's state). */
	codec: StateCodec;
	/** Reading and writing stored progress with the codec (an LMS's text it cannot read is kept). */
	state: StateHooks;
	/** Shows one of the calm notices (SCORM's and cmi5's) in the page's live region. */
	onnotice: (notice: AnyNotice) => void;
	/** Shows words of the format's own (the offline package's) in the page's live region. */
	say: (text: string) => void;
}

/** A format's connection, and whether what the learner does is recorded somewhere. */
export interface Connected {
	connection: Connection;
	/** True when an LMS (or the device, offline) keeps the answers; the page says what it keeps. */
	isRecorded: boolean;
}

/**
 * Connects a page to its format's LMS (or device). Undefined when the page was not launched as
 * this format (a cmi5 package opened without a cmi5 launch): the page then runs standalone.
 */
export type Connect = (input: ConnectInput) => Promise<Connected | undefined>;

/** What each format's `connect-<id>.ts` exports. */
export interface ConnectModule {
	connect: Connect;
}

/**
 * THE registry of the formats' browser sides, one loader per format: a dynamic import, so a page
 * loads only its own format's connection, facts and client.
 */
export const connectors: Readonly<Record<PackageFormat, () => Promise<ConnectModule>>> = {
	scorm12: () => import('./scorm12/connect-scorm12.ts'),
	scorm2004: () => import('./scorm2004/connect-scorm2004.ts'),
	cmi5: () => import('./cmi5/connect-cmi5.ts'),
	offline: () => import('./offline/connect-offline.ts'),
};

/** The format a page declares (`<html data-standard>`), if it is one the registry knows. */
export function declaredFormat(doc: Document): PackageFormat | undefined {
	const value = doc.documentElement.dataset['standard'];
	return Object.keys(connectors).find((id): id is PackageFormat => id === value);
}
