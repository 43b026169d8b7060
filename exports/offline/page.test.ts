import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { bundleEntry } from './bundle.ts';
import { offlinePage, pageScripts } from './page.ts';
import { siteAddress } from './pages.ts';

const island =
	'<astro-island uid="a" component-url="/_astro/card.x1.js" component-export="default" renderer-url="/_astro/client.r1.js" props="{}" ssr client="visible" opts="{}"></astro-island>';
/** A CSP hash source, as Astro writes it for each inline script it allows. */
const sha = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
const islandScript = '(()=>{customElements.define("astro-island",class{})})();';
const visibleScript = '(self.Astro||(self.Astro={})).visible=1;';
const built = `<!DOCTYPE html><html lang="en-GB"><head><meta http-equiv="content-security-policy" content="default-src 'self';connect-src 'self'; script-src 'self' ${sha(islandScript)} ${sha(visibleScript)} 'sha256-old2='; style-src 'self' 'sha256-s=';"><link rel="stylesheet" href="/_astro/site.c1.css"><script type="module" src="/_astro/quick-exit.q1.js"></script></head><body><a class="site-name" href="/">Second Look</a><a href="/help/">Get help now</a><a href="/about/" aria-current="page">About</a><a href="#main">Skip</a><a href="https://example.org/">Source</a><script>${islandScript}</script><script>${visibleScript}</script>${island}<script type="module" src="/_astro/page.p1.js"></script><footer><p>Help</p></footer></body></html>`;

describe('offline page', () => {
	test('lists the module scripts and the islands’ modules the bundle must carry', () => {
		expect(pageScripts(built, 'p.html')).toEqual({
			scripts: ['_astro/quick-exit.q1.js', '_astro/page.p1.js'],
			components: ['_astro/card.x1.js'],
			renderers: ['_astro/client.r1.js'],
		});
	});

	test('refuses an inline module script, naming the page and the fix', () => {
		expect(() =>
			pageScripts('<script type="module">import "./x.js"</script>', 'help/index.html'),
		).toThrowErrorMatchingInlineSnapshot(
			`[OfflinePageError: help/index.html has an inline <script type="module">, which the offline package cannot bundle. Move the script into a .ts file the page imports, so Astro emits it as a file.]`,
		);
	});

	const page = offlinePage(built, {
		page: 'package/m/index.html',
		standard: 'offline',
		script: '_astro/offline-index.js',
		links: new Map([['/help/', 'help.html']]),
		alsoHere: [{ to: 'help.html', label: 'Get help & support' }],
	});

	test('swaps module scripts and Astro’s island element for one classic script', () => {
		expect(page).not.toContain('type="module"');
		expect(page).not.toContain('customElements.define("astro-island"');
		expect(page).toContain('<script src="_astro/offline-index.js" defer></script></head>');
		expect(page).toContain('visible=1'); // Astro's directive scripts stay
		expect(page).toContain('<html data-standard="offline"');
		expect(page).toContain('href="_astro/site.c1.css"');
		expect(page).toContain('component-url="_astro/card.x1.js"');
	});

	test('links pages in the folder relatively and names the others without a dead link', () => {
		expect(page).toContain('<a href="help.html">Get help now</a>');
		expect(page).toContain('<span class="site-name">Second Look</span>');
		expect(page).toContain('<span>About</span>');
		expect(page).toContain('<a href="#main">Skip</a>');
		expect(page).toContain('<a href="https://example.org/">Source</a>');
		expect(page).toContain(
			'<p class="offline-pages">Also in this folder: <a href="help.html">Get help &amp; support</a>.</p></footer>',
		);
	});

	test('recomputes the CSP’s script hashes for the inline scripts left, keeping the rest', () => {
		const csp = /content-security-policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
		expect(csp).toBe(
			`default-src 'self'; connect-src 'self'; style-src 'self' 'sha256-s='; script-src 'self' ${sha(visibleScript)}`,
		);
	});

	test('allows no inline script the site’s policy did not (one written into a lesson’s prose)', () => {
		const prose = 'window.__mdx=1';
		const out = offlinePage(built.replace('<footer>', `<script>${prose}</script><footer>`), {
			page: 'package/m/index.html',
			script: '_astro/offline-index.js',
			links: new Map(),
		});
		expect(out).not.toContain(sha(prose));
		expect(out).toContain(`script-src 'self' ${sha(visibleScript)}"`);
	});

	test('takes no text in an attribute for a tag: no CSP hash for it, the script still in <head>', () => {
		// Astro writes a summary into <meta content> with its < and > as they are.
		const hostile = '</head></footer><script>window.__pwned=1</script> <!-- ]]>';
		const withText = built
			.replace('<head>', `<head><meta name="description" content="${hostile}">`)
			.replace('<footer>', `<footer><span aria-label="${hostile}">x</span>`);
		const out = offlinePage(withText, {
			page: 'package/m/index.html',
			script: '_astro/offline-index.js',
			links: new Map(),
			alsoHere: [{ to: 'help.html', label: 'Help' }],
		});
		const csp = /content-security-policy" content="([^"]+)"/.exec(out)?.[1] ?? '';
		expect(csp.match(/'sha256-/g)).toHaveLength(2); // the style's and the one inline script's
		expect(out).toContain(
			'<meta name="description" content="&lt;/head&gt;&lt;/footer&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt; &lt;!-- ]]&gt;">',
		);
		expect(out).toContain('<script src="_astro/offline-index.js" defer></script></head><body>');
		expect(out).toContain('Also in this folder: <a href="help.html">Help</a>.</p></footer>');
		// Script text keeps its < and > (a hash is of the exact text).
		expect(out).toContain('<script>(self.Astro||(self.Astro={})).visible=1;</script>');
	});

	test('refuses a page with islands whose island script it cannot find', () => {
		expect(() =>
			offlinePage(`<html><head></head><body>${island}</body></html>`, {
				page: 'x.html',
				script: 'a.js',
				links: new Map(),
			}),
		).toThrow(/x\.html has islands but no Astro island script/);
	});
});

test('a menu item whose page is not in the folder goes; the same words in a sentence stay as text', () => {
	const menu =
		'<nav><ul><li><a href="/lessons/">Lessons</a></li><li><a href="/teach/" class="nav-teach">For teachers and trainers</a></li><li><a href="/about/">About</a></li></ul></nav><p>Read <a href="/about/">About</a> later.</p>';
	const out = offlinePage(built.replace('<footer>', `${menu}<footer>`), {
		page: 'package/m/index.html',
		standard: 'offline',
		script: '_astro/offline-index.js',
		links: new Map([['/lessons/', 'index.html']]),
	});
	expect(out).toContain('<nav><ul><li><a href="index.html">Lessons</a></li></ul></nav>');
	expect(out).toContain('<p>Read <span>About</span> later.</p>');
	expect(out).not.toContain('data-offline-dead');
});

describe('offline copies of forms and the search page', () => {
	const form = (action: string) =>
		`<form class="header-search" role="search" action="${action}" method="get"><input name="q"><button>Search</button></form>`;
	const app =
		'<div class="search-app" data-search-app data-index="/search-index.json" data-index-script="/search-index.js">';
	const searchPage = `<html><head></head><body>${form('/search/')}<main>${app}${form('/search/')}<template data-search-none><p>You can also <a href="/lessons/">browse all lessons</a>, or <a href="/help/">Get help now</a>.</p></template></div></main></body></html>`;
	const links = new Map([
		['/search/', 'search.html'],
		['/help/', 'help.html'],
		['/lessons/', 'index.html'],
	]);

	test('a form to a page in the folder submits there; one to a page it lacks is removed', () => {
		const options = { page: 'help/index.html', script: 'a.js' };
		expect(offlinePage(searchPage, { ...options, links })).toContain(
			'<form class="header-search" role="search" action="search.html" method="get">',
		);
		const without = offlinePage(searchPage, { ...options, links: new Map() });
		expect(without).not.toContain('<form');
		expect(without).not.toContain('action="/');
	});

	test('the search page loads its index from the folder’s classic script, and its messages link there', () => {
		const page = offlinePage(searchPage, {
			page: 'search/index.html',
			script: 'a.js',
			links,
			searchIndex: 'search-index.js',
		});
		expect(page).toContain(
			'<div class="search-app" data-search-app data-index-script="search-index.js">',
		);
		expect(page).toContain('<a href="index.html">browse all lessons</a>');
		expect(page).toContain('<a href="help.html">Get help now</a>');
	});

	test('refuses a search page whose app names no index script', () => {
		expect(() =>
			offlinePage('<html><head></head><body><div data-search-app></div></body></html>', {
				page: 'search/index.html',
				script: 'a.js',
				links,
				searchIndex: 'search-index.js',
			}),
		).toThrow(/search\/index\.html has no \[data-search-app\] naming its index script/);
	});
});

describe('offline bundle entry', () => {
	test('imports islands’ modules, then page scripts in order, then defines the island element', () => {
		const entry = bundleEntry(pageScripts(built, 'p.html'));
		const order = [
			'card.x1.js',
			'client.r1.js',
			'quick-exit.q1.js',
			'page.p1.js',
			'defineOfflineIslands(window',
		];
		const at = order.map((part) => entry.indexOf(part));
		expect(at.every((i) => i >= 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	});

	test('a page without islands needs no island element', () => {
		expect(bundleEntry({ scripts: ['_astro/q.js'], components: [], renderers: [] })).toBe(
			'import "./_astro/q.js";\n',
		);
	});
});

test('site addresses of built pages', () => {
	expect(siteAddress('help/index.html')).toBe('/help/');
	expect(siteAddress('package/m/index.html')).toBe('/package/m/');
	expect(siteAddress('index.html')).toBe('/');
});
