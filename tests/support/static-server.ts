/**
 * A small static file server for the browser tests: serves a folder on 127.0.0.1 the way a plain
 * web host would (index.html for folders, 404.html for missing pages, correct content types).
 * Run: `node tests/support/static-server.ts <dir> <port>`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

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
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
};

/** The file to send for a URL path, or undefined when there is none. Never leaves `root`. */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
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

const [dir = 'dist', port = '4330'] = process.argv.slice(2);
const root = resolve(dir);
createServer((req, res) => {
	void resolveFile(root, req.url ?? '/').then((file) => {
		const status = file ? 200 : 404;
		const path = file ?? join(root, '404.html');
		res.writeHead(status, {
			'content-type': types[extname(path)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
		});
		createReadStream(path)
			.on('error', () => res.end('Not found'))
			.pipe(res);
	});
}).listen(Number(port), '127.0.0.1', () => {
	console.log(`Serving ${root} on http://127.0.0.1:${port}`);
});
