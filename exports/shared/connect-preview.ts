import type { PackageFormat } from '../../src/schemas/module.ts';
import { parseLaunch } from '../cmi5/runtime/launch.ts';
import { RELAY_PATH } from '../cmi5/preview/relay-path.ts';
import { findApi } from '../scorm/runtime/api.ts';
import { scorm2004Facts } from '../scorm2004/facts.ts';

/**
 * The format of the site's own package page (`/package/<id>/`, which declares none), loaded only
 * there: cmi5 when the site's LMS preview launched it in its frame with an LMS on this site's
 * preview relay (a learner opening the page with any other query never waits for an LMS); else
 * whichever SCORM API this window or a parent offers (the preview puts one around the frame).
 */
export function previewFormat(win: Window): PackageFormat {
	if (win.parent !== win) {
		const launch = parseLaunch(win.location.search);
		const relay = `${win.location.origin}${RELAY_PATH}`;
		if (launch && launch.endpoint.startsWith(relay) && launch.fetch.startsWith(relay))
			return 'cmi5';
	}
	const { globalName, maxParentDepth } = scorm2004Facts.api;
	return findApi(win as unknown as Record<string, unknown>, globalName, maxParentDepth)
		? 'scorm2004'
		: 'scorm12';
}
