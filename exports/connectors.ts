import type { PackageFormat } from '../src/schemas/module.ts';
import type { ConnectModule } from './contract.ts';

/**
 * The registry of the delivery formats' browser halves (the contract's `Connect`, `contract.ts`):
 * how a package page connects to where progress goes. The package runtime (src/scripts/package-runtime.ts) reads the format from
 * `<html data-standard>` and loads that format's `connect-<id>.ts` only; a package carries no
 * other format's connection (the exporter leaves other `connect-*` chunks out: `site-files.ts`).
 * Browser code: nothing here may import build-side code.
 */

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
