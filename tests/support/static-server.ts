/**
 * A small static file server for the browser tests: serves a folder on 127.0.0.1 the way a plain
 * web host would (index.html for folders, 404.html for missing pages, correct content types).
 * Run: `node tests/support/static-server.ts <dir> <port>`, or import {@link serveFolder}.
 */
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { contentType, resolveSiteFile } from '../../scripts/site-folder.ts';

/** Text types worth compressing, as any real web host does. */
const compressible = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.svg',
	'.xml',
	'.xsd',
	'.txt',
]);

/**
 * Serves `root` on 127.0.0.1:`port` (0: any free port) and resolves once it listens. With
 * `gzip`, text files go out gzip-compressed to clients that accept it (the benchmark's Lighthouse
 * runs measure what a learner's browser would download from a real host); the browser tests serve
 * files as they are.
 */
export function serveFolder(
	root: string,
	port: number,
	options: { gzip?: boolean } = {},
): Promise<Server> {
	const server = createServer((req, res) => {
		void resolveSiteFile(root, req.url ?? '/').then((file) => {
			const status = file ? 200 : 404;
			const path = file ?? join(root, '404.html');
			const gzip =
				options.gzip === true &&
				compressible.has(extname(path)) &&
				/\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
			res.writeHead(status, {
				'content-type': contentType(path),
				'cache-control': 'no-store',
				...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
			});
			const body = createReadStream(path).on('error', () => res.end('Not found'));
			(gzip ? body.pipe(createGzip()) : body).pipe(res);
		});
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => {
			done(server);
		});
	});
}

if (import.meta.main) {
	const [dir = 'dist', port = '4330'] = process.argv.slice(2);
	const root = resolve(dir);
	void serveFolder(root, Number(port)).then(() => {
		console.log(`Serving ${root} on http://127.0.0.1:${port}`);
	});
}
