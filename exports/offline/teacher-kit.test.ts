import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { shippedContent } from '../../src/lib/search/test-content.test-data.ts';
import { kitFiles, kitStartPage } from '../../src/lib/teach/kit-files.ts';
import { offlinePages } from './pages.ts';
import {
	REPORT_DATA_SCRIPT,
	TeacherKitError,
	builtFileOf,
	kitPages,
	planTeacherKit,
} from './teacher-kit.ts';

const content = await shippedContent();
const taught = content.modules.filter((m) => m.audience !== 'adult');

test('a site address as the file the build wrote', () => {
	expect(builtFileOf('/teach/school-ks3/')).toBe('teach/school-ks3/index.html');
	expect(builtFileOf('/teach/report/#school-ks3')).toBe('teach/report/index.html');
	expect(builtFileOf('/downloads/school-ks3-slides.pptx')).toBe('downloads/school-ks3-slides.pptx');
	expect(builtFileOf('/teach/school-ks3/letter.txt')).toBe('teach/school-ks3/letter.txt');
});

describe.each(taught.map((m) => [m.id, m] as const))('the kit of %s', (_id, module) => {
	const pages = kitPages(module);
	const copied = kitFiles(module).filter((f) => !f.sitePath.replace(/#.*$/, '').endsWith('/'));

	test('opens the course as the offline package does, then the start page, which the course names', () => {
		expect(pages[0]?.to).toBe('index.html');
		expect(pages[0]?.from(module.id)).toBe(offlinePages[0]?.from(module.id));
		expect(pages[1]?.to).toBe(kitStartPage(module).file);
		expect(pages[1]?.from(module.id)).toBe(`teach/${module.id}/kit/index.html`);
		// The course's footer ("Also in this folder") names the start page, help and search only.
		expect(pages.filter((p) => p.label).map((p) => p.to)).toEqual([
			'start-here.html',
			'help.html',
			'search.html',
		]);
	});

	test('carries every file its start page lists and every page of the learner’s course, each once', () => {
		const names = [
			...pages.map((p) => p.to),
			...copied.map((f) => f.file),
			REPORT_DATA_SCRIPT,
			'read-me.txt',
		];
		expect(new Set(names).size).toBe(names.length);
		for (const f of kitFiles(module)) expect(names, f.label).toContain(f.file);
		for (const p of offlinePages) expect(names).toContain(p.to);
		// Each page comes from its own built page.
		const from = pages.map((p) => p.from(module.id));
		expect(new Set(from).size).toBe(from.length);
	});
});

test('a kit whose PDFs and slides were not built is refused, naming the missing file', async () => {
	const module = taught.find((m) => m.id === 'school-ks3');
	if (!module) throw new Error('no school-ks3');
	const empty = await mkdtemp(join(tmpdir(), 'second-look-kit-'));
	try {
		const planned = planTeacherKit(module, empty, content);
		await expect(planned).rejects.toBeInstanceOf(TeacherKitError);
		await expect(planned).rejects.toThrow(/needs downloads\/school-ks3-teacher-pack\.pdf/);
	} finally {
		await rm(empty, { recursive: true, force: true });
	}
});

test('a self-paced module has no kit to plan', async () => {
	const adult = content.modules.find((m) => m.audience === 'adult');
	if (!adult) throw new Error('no adult module');
	await expect(planTeacherKit(adult, '/nowhere', content)).rejects.toThrow(/self-paced/);
});
