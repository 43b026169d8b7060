import { z } from 'astro/zod';

/**
 * Characters XML 1.0 cannot carry at all, not even escaped: the C0 controls except tab, line feed
 * and carriage return, and U+FFFE and U+FFFF. The same set as the package builder's check
 * (`exports/shared/package-plan.ts`).
 */
export const NOT_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Text that goes into a package manifest (`imsmanifest.xml`, `cmi5.xml`): a module's title and
 * description. A control character there (often pasted in invisibly from a word processor) would
 * make the manifest unreadable, and every LMS would refuse the package.
 */
export const ManifestTextSchema = z.string().refine((text) => !NOT_XML_CHARACTER.test(text), {
	error: (issue) => {
		const text = typeof issue.input === 'string' ? issue.input : '';
		const index = text.search(NOT_XML_CHARACTER);
		const code = text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
		return `holds an invisible control character (U+${code}, at character ${String(index + 1)}), which a package manifest cannot carry: every LMS would refuse the package. Delete it (retype the text around it)`;
	},
});
