import type { DeliveryFormat } from '../contract.ts';
import { formatNaming } from '../formats.ts';
import { planOfflinePackage } from './package.ts';

/**
 * The offline web package: the launch page and its companion pages for `file://`, each with one
 * classic script. It reads its pages from the built site, not only the launch page.
 */
export const offlineFormat: DeliveryFormat = {
	...formatNaming('offline'),
	plan: (module, _page, { siteDir, content }) => planOfflinePackage(module, siteDir, content),
};
