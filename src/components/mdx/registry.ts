/**
 * The components an author may use in lesson prose, without importing them. The lesson page passes
 * the matching Astro components (see `./index.ts`); the content check rejects any other capitalised tag.
 */
export const mdxComponentNames = ['Activity', 'Cite', 'Note', 'ForAudience'] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];

export function isMdxComponentName(name: string): name is MdxComponentName {
	return (mdxComponentNames as readonly string[]).includes(name);
}
