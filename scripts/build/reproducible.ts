import { unzipSync } from 'fflate';
import { FIXED_DATE, zipFiles } from '../../exports/shared/zip.ts';

/**
 * The same content always builds the same bytes: a printed PDF and a deck of slides carry the
 * module's content date (its newest release), not the moment of the build, and a PDF's inner ids
 * do not depend on the order the browser happened to work in. So a teacher who downloads the same
 * version twice gets the same file, and a changed file means changed content.
 * Build side only (Node). Pure.
 */

/** The date for a module without releases: the one every zip entry carries. */
const UNDATED = FIXED_DATE.toISOString().slice(0, 10);

/** A PDF's information dates, as Chromium writes them: `/CreationDate (D:20261206183955+00'00')`. */
const PDF_DATES = /\/(CreationDate|ModDate) \(D:\d{14}([^)]*)\)/g;

/** A tagged PDF's structure element id, as Chromium writes it: the page's DOM node number. */
const NODE_ID = /\((node\d{8})\)/g;

/** The one leaf of a tagged PDF's id tree: `/Names [(node00010520) 40 0 R (node00010521) 42 0 R]`. */
const ID_LEAF = /\/Names \[((?:\(node\d{8}\) \d+ 0 R ?)+)\]/g;

/**
 * The PDF with its creation and modification dates set to `date` (`YYYY-MM-DD`, midnight), and its
 * structure element ids (which name DOM nodes, numbered in whatever order the browser happened to
 * create them) named after the element they belong to. Every change keeps its length, so each
 * byte offset in the file (its cross-reference table) still holds.
 */
export function pinPdf(pdf: Uint8Array, date = UNDATED): Uint8Array {
	const stamp = `${date.replaceAll('-', '')}000000`;
	// latin1 maps each byte to one character and back, so binary streams pass through unchanged.
	const text = Buffer.from(pdf).toString('latin1');
	const dated = text.replace(PDF_DATES, (_whole, key: string, zone: string) => {
		return `/${key} (D:${stamp}${zone})`;
	});
	return new Uint8Array(Buffer.from(pinNodeIds(dated), 'latin1'));
}

/**
 * A tagged PDF's ids renamed `node<object number>`: the id tree maps each id to its structure
 * element's object, and the objects are numbered in document order, the same on every build. The
 * ids stay sorted in the tree, as a name tree must be. A PDF this does not fit (no id tree, or one
 * split over several leaves) is returned as it is: not reproducible, but never broken.
 */
function pinNodeIds(text: string): string {
	const leaves = [...text.matchAll(ID_LEAF)];
	const leaf = leaves[0]?.[1];
	if (leaves.length !== 1 || leaf === undefined) return text;
	const pairs = [...leaf.matchAll(/\((node\d{8})\) (\d+) 0 R/g)].map(
		([, id = '', object = '']) => ({
			id,
			object: Number(object),
		}),
	);
	const renamed = new Map(pairs.map((p) => [p.id, `node${String(p.object).padStart(8, '0')}`]));
	const ids = [...text.matchAll(NODE_ID)].map((m) => m[1] ?? '');
	if (ids.some((id) => !renamed.has(id)) || pairs.some((p) => p.object > 99_999_999)) return text;
	const sorted = pairs
		.map((p) => ({ id: renamed.get(p.id) ?? p.id, object: p.object }))
		.sort((a, b) => a.object - b.object);
	const names = sorted.map((p) => `(${p.id}) ${String(p.object)} 0 R`).join(' ');
	if (names.length !== leaf.length) return text;
	const first = sorted[0]?.id ?? '';
	const last = sorted.at(-1)?.id ?? '';
	return text
		.replace(NODE_ID, (_whole, id: string) => `(${renamed.get(id) ?? id})`)
		.replace(ID_LEAF, () => `/Names [${names}]`)
		.replace(/\/Limits \[\(node\d{8}\) \(node\d{8}\)\]/g, `/Limits [(${first}) (${last})]`);
}

/** A slide deck's document dates (`docProps/core.xml`): when it was created and last changed. */
const CORE_DATES = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

/**
 * The .pptx with its document dates set to `date` (`YYYY-MM-DD`, midnight UTC), zipped again the
 * way every package is (exports/shared/zip.ts: names in order, one fixed time on every entry).
 */
export function pinPptxDates(pptx: Uint8Array, date = UNDATED): Uint8Array {
	const files = Object.entries(unzipSync(pptx))
		// Folder entries: nothing in them, and an Office file needs none.
		.filter(([path]) => !path.endsWith('/'))
		.map(([path, bytes]) =>
			path === 'docProps/core.xml'
				? {
						path,
						bytes: new TextDecoder().decode(bytes).replace(CORE_DATES, `$1${date}T00:00:00Z$3`),
					}
				: { path, bytes },
		);
	return zipFiles(files);
}
