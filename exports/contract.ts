import type { SiteContent } from '../src/lib/search/sources.ts';
import type { Module, PackageFormat } from '../src/schemas/module.ts';
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
