/// <reference types="astro/client" />

// For svelte-check, which type-checks .ts files but cannot read .astro ones: `astro check`
// resolves the real components and their props.
declare module '*.astro' {
	const Component: (props: Record<string, unknown>) => unknown;
	export default Component;
}

declare namespace App {
	interface Locals {
		/**
		 * Per lesson id, the audiences the page shows it to: the lesson's own audiences on the site, the
		 * module's one audience in a package. Set by LessonBody, read by `<ForAudience>` and
		 * `<Activity>`, which lesson prose renders without props from the page.
		 */
		lessonAudiences?: Record<string, readonly import('./schemas/audience.ts').Audience[]>;
		/**
		 * The lessons (by id) this page shows beside other lessons (a package's launch page). Set by
		 * LessonBody; the ids of their prose headings and links to them carry the lesson id there
		 * (`proseAnchor`, src/lib/anchors.ts).
		 */
		sharedPageLessons?: Record<string, true>;
	}
}
