/**
 * A built site folder as a web host serves it: which file a URL path names (index.html for a
 * folder) and its content type. Used by the browser tests' static server and by the build when it
 * prints pages to PDF.
 */
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.xsd': 'application/xml; charset=utf-8',
	'.zip': 'application/zip',
	'.pdf': 'application/pdf',
	'.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
};

/** The file to send for a URL path, or undefined when there is none. Never leaves `root`. */
export async function resolveSiteFile(root: string, urlPath: string): Promise<string | undefined> {
	const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	const candidate = normalize(join(root, decoded));
	if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
	const info = await stat(candidate).catch(() => undefined);
	if (info?.isFile()) return candidate;
	if (info?.isDirectory()) {
		const index = join(candidate, 'index.html');
		if (await stat(index).catch(() => undefined)) return index;
	}
	return undefined;
}

/** The content type a host sends for a file. */
export function contentType(path: string): string {
	return types[extname(path)] ?? 'application/octet-stream';
}
