import type { StateCodec } from '../src/lib/engine/session.ts';
import type { EngineLesson } from '../src/lib/engine/progress.ts';
import type { SiteContent } from '../src/lib/search/source.ts';
import type { PackageConnection } from '../src/lib/tracking/device.ts';
import type { Module, PackageFormat } from '../src/schemas/module.ts';
import type { AnyNotice } from './cmi5/runtime/notices.ts';
import type { StateHooks } from './scorm/runtime/resume.ts';
import type { PackagePlan } from './shared/package-plan.ts';
import type { SitePage } from './shared/site-files.ts';

/**
 * The one contract every delivery format keeps (SCORM 1.2, SCORM 2004, cmi5, offline, and
 * whatever comes next). A format is a folder under `exports/` with a `format.ts` exporting one
 * {@link DeliveryFormat}, and one line in `registry.ts`; `build-packages.ts` loops the registry.
 *
 * The browser side: the plan records the format's id on the launch page
 * (`<html data-standard="<id>">`, `relativisePage`), and the package runtime loads only that
 * format's connection (`exports/connectors.ts`), so a package carries no other standard's code.
 */

/** What every exporter is given besides the module and its built launch page. */
export interface PlanContext {
	/** The built site (`dist.staging-*`), for formats that read more pages than the launch page. */
	siteDir: string;
	/** Package version for manifests (1–20 characters, e.g. `0.1.0`). */
	version: string;
	/** Every module and lesson (the offline package builds its own search index from them). */
	content: SiteContent;
}

/** One delivery format: how it is named, and how a module becomes its checked package. */
export interface DeliveryFormat {
	/** The module's `formats` value, also `data-standard` on the launch page. */
	readonly id: PackageFormat;
	/** How teachers and LMS admins name it. */
	readonly label: string;
	/** The zip's name in `dist/downloads/` (`packageFileName`). */
	fileName(moduleId: string): string;
	/**
	 * The package, every file planned and checked (manifest or course structure linted against the
	 * zip's entries). @throws {PackageError} when the package would be broken.
	 */
	plan(module: Module, page: SitePage, ctx: PlanContext): Promise<PackagePlan>;
}

// ─── The browser side: each format's `connect-<id>.ts`, listed in `connectors.ts` ───────────────

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
