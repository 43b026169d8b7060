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
	/** Left out, without error, when the site has no such page (e.g. not built yet). */
	isOptional?: boolean;
}

/** The launch page: the same document every LMS package copies. Always first. */
export const offlineLaunchPage: OfflinePage = {
	from: (id) => `package/${id}/index.html`,
	to: 'index.html',
};

/**
 * Every page of an offline package, the launch page first. The module's own "Get help" section is
 * in the launch page; the site's full help page comes too.
 */
export const offlinePages: readonly OfflinePage[] = [
	offlineLaunchPage,
	{ from: () => 'help/index.html', to: 'help.html', label: 'Get help now: every helpline' },
	// School and forces modules have a teacher or trainer pack; a self-paced module has none.
	{
		from: (id) => `teach/${id}/index.html`,
		to: 'teacher-pack.html',
		label: 'Teacher or trainer pack',
		isOptional: true,
	},
	{
		from: (id) => `present/${id}/index.html`,
		to: 'presenter.html',
		label: 'Presenter mode, for a projector',
		isOptional: true,
	},
	{
		from: (id) => `teach/${id}/handout/index.html`,
		to: 'handout.html',
		label: 'Learner handout (one A4 page)',
		isOptional: true,
	},
];

/** A page's site address (`/help/`) from its built file (`help/index.html`). Pure. */
export function siteAddress(builtFile: string): string {
	return `/${builtFile.replace(/(^|\/)index\.html$/, '$1')}`;
}
