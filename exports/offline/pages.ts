/**
 * The site pages an offline package carries, besides nothing else. Each is copied flat into the zip
 * root (a `file://` folder link would open a file listing, not its `index.html`), and every link
 * between them is made relative. To add a page, add one entry.
 */
export interface OfflinePage {
	/** The built page, relative to the site folder, for a module. */
	from: (moduleId: string) => string;
	/** Its file at the zip root. */
	to: string;
	/** How the launch page's "In this folder" list names it; the launch page itself has none. */
	label?: string;
	/**
	 * The search page: the package writes an index of the folder's own pages as this classic script
	 * (a `file://` page cannot fetch a file), and the page loads it when the learner searches.
	 */
	searchIndex?: string;
}

/** The launch page: the same document every LMS package copies. Always first. */
export const offlineLaunchPage: OfflinePage = {
	from: (id) => `package/${id}/index.html`,
	to: 'index.html',
};

/**
 * Every page of an offline package, the launch page first: the learner's course only. The module's
 * own "Get help" section is in the launch page; the site's full help page comes too. The teacher's
 * pages (pack, presenter mode, class report, parent pack) are in the teacher's kit instead
 * (`teacher-kit.ts`), which carries these pages as well.
 */
export const offlinePages: readonly OfflinePage[] = [
	offlineLaunchPage,
	{ from: () => 'help/index.html', to: 'help.html', label: 'Get help now: every helpline' },
	// The site's search page, over an index of this folder only (`search-index.js`, see package.ts).
	{
		from: () => 'search/index.html',
		to: 'search.html',
		label: 'Search this module',
		searchIndex: 'search-index.js',
	},
];

/**
 * Site pages the launch page already holds, by site address, with the id of the place in it: the
 * folder links there instead of carrying a copy. The guided help path (`/help/now/`) is in every
 * launch page's Get help section (`#guided-help`), and a second copy would push a zip past its
 * 150 KB.
 */
export const inLaunchPage: ReadonlyMap<string, string> = new Map([['/help/now/', 'guided-help']]);

/** A page's site address (`/help/`) from its built file (`help/index.html`). Pure. */
export function siteAddress(builtFile: string): string {
	return `/${builtFile.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Where each site address a package's pages link to is in the folder: every page it carries
 * (`/help/` → `help.html`), the lessons list (`/lessons/` → the launch page, which holds them), the
 * places the launch page holds ({@link inLaunchPage}: `/help/now/` → `index.html#guided-help`), and
 * each of the module's lessons (`/lessons/<id>/` → `index.html#lesson-<id>`, the launch page opens
 * there). An address missing here has no counterpart in the folder. Pure.
 */
export function folderAddresses(
	lessonIds: readonly string[],
	pages: readonly OfflinePage[],
	moduleId: string,
): Map<string, string> {
	const launch = offlineLaunchPage.to;
	return new Map([
		...pages.map((p): [string, string] => [siteAddress(p.from(moduleId)), p.to]),
		['/lessons/', launch],
		...[...inLaunchPage].map(([address, id]): [string, string] => [address, `${launch}#${id}`]),
		...lessonIds.map((id): [string, string] => [`/lessons/${id}/`, `${launch}#lesson-${id}`]),
	]);
}

/**
 * A site URL (`/help/#helpline-x`) as a link inside the folder (`help.html#helpline-x`), or undefined
 * when the folder has no such page. A fragment of the URL replaces the file's own. Pure.
 */
export function inFolder(addresses: ReadonlyMap<string, string>, url: string): string | undefined {
	const at = url.indexOf('#');
	const path = at < 0 ? url : url.slice(0, at);
	const file = addresses.get(path);
	if (file === undefined) return undefined;
	return at < 0 ? file : `${file.replace(/#.*$/, '')}${url.slice(at)}`;
}
