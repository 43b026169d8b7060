import { zipSync, strToU8 } from 'fflate';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const project = resolve(import.meta.dirname, '../..');

/** The real H5P fixture (tunapanda/h5p-standalone, MIT): see ../shared/fixtures/h5p/README.md. */
export const H5P_FIXTURE = resolve(project, '../shared/fixtures/h5p/true-false-hello-world.h5p');

/** The hostile H5P activity {@link makeH5pContentRoot} adds to the fixture lesson. */
export const HOSTILE_ACTIVITY = 'h5p-practice-hostile';

/** Every attempt the hostile library makes, in the order it logs them. */
export const HOSTILE_ATTEMPTS = [
	'read stored progress (sessionStorage)',
	'read stored progress (localStorage)',
	"read the page's storage",
	'read the page',
	'rewrite the page',
	'rewrite the top page',
	'find the LMS API and write to it',
	'read the cmi5 launch token',
	'forge an answer for another activity',
	'open a window',
	'navigate the page',
	'navigate the top window',
] as const;

/**
 * The library code of the hostile package: an H5P content type whose "Try everything" button tries
 * each thing H5P code must not be able to do from its frame, and writes one line per attempt into
 * its own document (`[data-hostile-log]`): "<attempt>: refused (<error>)" when it failed,
 * "<attempt>: LEAKED <what it got>" when it worked, "<attempt>: sent" for a message (the page's
 * checks decide). Only a reader of the frame's own document sees the log.
 */
function hostileLibrary(otherActivity: string): string {
	return `(function () {
	var KEY = 'second-look:progress:v1';
	var OTHER = ${JSON.stringify(otherActivity)};
	function describe(value) {
		if (value === undefined || value === null || value === '') return 'refused (nothing)';
		if (value === 'sent') return 'sent';
		return 'LEAKED ' + String(value).slice(0, 120);
	}
	function attempt(lines, name, fn) {
		var line;
		try { line = describe(fn()); } catch (e) { line = 'refused (' + (e && e.name ? e.name : 'error') + ')'; }
		lines.push(name + ': ' + line);
	}
	function findApi() {
		var w = window;
		for (var i = 0; i < 10; i++) {
			if (w.API) return w.API;
			if (w.API_1484_11) return w.API_1484_11;
			if (w.parent === w) break;
			w = w.parent;
		}
		if (window.top.opener && (window.top.opener.API || window.top.opener.API_1484_11))
			return window.top.opener.API || window.top.opener.API_1484_11;
		return null;
	}
	function run(out) {
		var lines = [];
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[0])}, function () { return window.sessionStorage.getItem(KEY); });
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[1])}, function () { return window.localStorage.getItem(KEY); });
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[2])}, function () {
			var s = window.parent.sessionStorage, l = window.parent.localStorage;
			return (s.getItem(KEY) || '') + (l.getItem(KEY) || '') + (s.length + l.length ? ' keys ' + (s.length + l.length) : '');
		});
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[3])}, function () { return window.parent.document.body.textContent.slice(0, 60); });
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[4])}, function () {
			window.parent.document.body.setAttribute('data-hacked', 'yes');
			window.parent.document.title = 'HACKED';
			return 'wrote';
		});
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[5])}, function () {
			window.top.document.body.setAttribute('data-hacked', 'yes');
			return 'wrote';
		});
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[6])}, function () {
			var api = findApi();
			if (!api) return null;
			if (api.LMSSetValue) {
				api.LMSSetValue('cmi.core.lesson_status', 'failed');
				api.LMSSetValue('cmi.suspend_data', 'hacked');
				api.LMSCommit('');
			} else {
				api.SetValue('cmi.success_status', 'failed');
				api.SetValue('cmi.suspend_data', 'hacked');
				api.Commit('');
			}
			return 'called the LMS API';
		});
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[7])}, function () {
			var found = [];
			for (var w = window, i = 0; i < 10; i++) {
				for (var j = 0; j < w.sessionStorage.length; j++) found.push(w.sessionStorage.key(j));
				if (w.parent === w) break;
				w = w.parent;
			}
			return found.join(' ');
		});
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[8])}, function () {
			window.parent.postMessage({ channel: 'second-look:h5p', v: 1, activity: OTHER, kind: 'answered',
				result: { response: 'true', success: true, score: 1 } }, '*');
			return 'sent';
		});
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[9])}, function () { return window.open('https://hostile.invalid/popup', '_blank'); });
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[10])}, function () {
			window.parent.location.href = 'https://hostile.invalid/parent';
			return 'navigated';
		});
		attempt(lines, ${JSON.stringify(HOSTILE_ATTEMPTS[11])}, function () {
			window.top.location.href = 'https://hostile.invalid/top';
			return 'navigated';
		});
		out.textContent = lines.join('\\n');
		out.setAttribute('data-done', '');
	}
	H5P.Hostile = function () {
		this.attach = function ($container) {
			var container = $container.get(0);
			var button = document.createElement('button');
			button.type = 'button';
			button.textContent = 'Try everything';
			var out = document.createElement('pre');
			out.setAttribute('data-hostile-log', '');
			button.addEventListener('click', function () { run(out); });
			container.appendChild(button);
			container.appendChild(out);
		};
	};
})();
`;
}

/**
 * A `.h5p` file whose library code tries to reach what H5P content must not (see
 * {@link hostileLibrary}); `otherActivity` is the activity it forges an answer for.
 */
export function hostileH5p(otherActivity: string): Uint8Array {
	const json = (value: unknown) => strToU8(JSON.stringify(value));
	const library = { machineName: 'H5P.Hostile', majorVersion: 1, minorVersion: 0 };
	return zipSync({
		'h5p.json': json({
			title: 'Hostile',
			language: 'und',
			mainLibrary: 'H5P.Hostile',
			embedTypes: ['div'],
			license: 'U',
			preloadedDependencies: [library],
		}),
		'content/content.json': json({}),
		'H5P.Hostile-1.0/library.json': json({
			...library,
			title: 'Hostile',
			patchVersion: 0,
			runnable: 1,
			preloadedJs: [{ path: 'hostile.js' }],
		}),
		'H5P.Hostile-1.0/hostile.js': strToU8(hostileLibrary(otherActivity)),
	});
}

/**
 * Makes a temporary content root from `tests/fixtures/h5p` with the H5P fixture in
 * `lessons/h5p/`, plus a hostile H5P activity ({@link HOSTILE_ACTIVITY}, built here) after it in the
 * same lesson and cmi5 and offline packages for the module, and returns its path (build it with
 * `SECOND_LOOK_CONTENT=<path>`).
 */
export async function makeH5pContentRoot(): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'second-look-h5p-content-'));
	await cp(join(project, 'tests/fixtures/h5p'), root, { recursive: true });
	await mkdir(join(root, 'lessons/h5p'), { recursive: true });
	await cp(H5P_FIXTURE, join(root, 'lessons/h5p/true-false-hello-world.h5p'));
	await writeFile(join(root, 'lessons/h5p/hostile.h5p'), hostileH5p('h5p-practice-tf'));
	const lesson = join(root, 'lessons/h5p-practice.mdx');
	const mdx = (await readFile(lesson, 'utf8'))
		.replace(
			'  - id: h5p-practice-native\n',
			`  - id: ${HOSTILE_ACTIVITY}
    type: h5p
    prompt: H5P content whose code tries to reach the page, the learner's progress and the LMS.
    sources: [s1]
    file: lessons/h5p/hostile.h5p
    title: 'Hostile H5P content'
    interaction: fill-in
  - id: h5p-practice-native
`,
		)
		.replace(
			'<Activity id="h5p-practice-tf" />',
			`<Activity id="h5p-practice-tf" />\n\n<Activity id="${HOSTILE_ACTIVITY}" />`,
		);
	if (!mdx.includes(`<Activity id="${HOSTILE_ACTIVITY}" />`))
		throw new Error('The H5P fixture lesson changed: the hostile activity could not be added.');
	await writeFile(lesson, mdx);
	// A cmi5 package too (there the AU page holds the launch token the hostile code looks for), and
	// the offline zip (where H5P cannot play: the card says so).
	const module = join(root, 'modules/h5p-practice-module.yaml');
	const yaml = await readFile(module, 'utf8');
	if (!yaml.includes('formats: [scorm12, scorm2004]'))
		throw new Error('The H5P fixture module changed: its formats could not be extended.');
	await writeFile(
		module,
		yaml.replace('formats: [scorm12, scorm2004]', 'formats: [scorm12, scorm2004, cmi5, offline]'),
	);
	return root;
}
