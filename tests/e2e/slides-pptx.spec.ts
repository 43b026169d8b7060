/**
 * The editable slides `npm run build` writes for teachers (scripts/build/slides-pptx.ts), opened
 * as a teacher would: offered on the module page, the same slides as presenter mode in the same
 * order, the presenter's notes as speaker notes, help lines on the first and the help slide, and
 * opened by a real office suite: LibreOffice Impress (Debian's, as scripts/setup.sh installs it)
 * converts each file to PDF, and every slide's every word must be on its own page, inside it,
 * in its own text box, over no other word. No text is smaller than the deck's smallest ordinary
 * type (14 pt), read from the back of a classroom.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { contentVersion } from '../../src/lib/content-version.ts';
import { slidesFileName } from '../../src/lib/teach/kit-files.ts';
import type { Module } from '../../src/schemas/module.ts';
import { squeeze } from '../support/pdf-reading.ts';

const taught = readdirSync('modules')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => parse(readFileSync(join('modules', f), 'utf8')) as Module)
	.filter((m) => slidesFileName(m) !== undefined)
	.sort((a, b) => a.id.localeCompare(b.id));

/** A text's letters and digits, sorted: the same for the same words read in any order. */
const letters = (text: string) => squeeze(text).split('').sort().join('');

/** The text runs (`<a:t>`) of a slide's or notes page's XML, as text. */
const runs = (xml: string) =>
	[...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? ''));

/** XML text with its five entities read (the slide XML's and pdftotext's -bbox output's). */
const unescapeXml = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

/**
 * The smallest type on any slide, in points: the deck's smallest ordinary text at full size (a
 * kicker, a lead-in). Shrinking a crowded slide used to take a profile card's parts to 12.6 pt and
 * its handle to 9.8 pt (scripts/build/slides-pptx.ts, MIN_PT).
 */
const FLOOR_PT = 14;

/** A slide's text boxes, in points from the slide's top left, and the first words of each. */
function textBoxes(xml: string): { x: number; y: number; w: number; h: number; text: string }[] {
	const pt = (emu: string | undefined) => (Number(emu) / 914_400) * 72;
	return [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
		.map((m) => m[0])
		.filter((shape) => shape.includes('<a:t>'))
		.map((shape) => {
			const [, x, y, w, h] =
				/<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/.exec(shape) ?? [];
			return { x: pt(x), y: pt(y), w: pt(w), h: pt(h), text: runs(shape).join(' ').slice(0, 40) };
		});
}

/** The slides of a .pptx in order: each slide's text and its speaker notes' text. */
function readDeck(file: string): { text: string; notes: string }[] {
	const files = unzipSync(new Uint8Array(readFileSync(file)));
	const read = (path: string) => new TextDecoder().decode(files[path]);
	const count = Object.keys(files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length;
	return Array.from({ length: count }, (_, i) => {
		const rels = read(`ppt/slides/_rels/slide${i + 1}.xml.rels`);
		const notes = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
		return {
			text: runs(read(`ppt/slides/slide${i + 1}.xml`)).join(' '),
			notes: notes ? runs(read(`ppt/notesSlides/${notes}`)).join(' ') : '',
		};
	});
}

for (const module of taught) {
	const fileName = slidesFileName(module) ?? '';
	const file = join('dist', 'downloads', fileName);

	test(`${module.id}: no text on any slide is under ${String(FLOOR_PT)} pt, a profile card's included`, () => {
		const files = unzipSync(new Uint8Array(readFileSync(file)));
		const slides = Object.keys(files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
		expect(slides.length).toBeGreaterThan(20);
		const small: string[] = [];
		let runCount = 0;
		for (const path of slides) {
			const xml = new TextDecoder().decode(files[path]);
			// Every run of text, with the size it is set in (a run without one would take the
			// theme's 18 pt, but each names its own).
			for (const [, props = '', words = ''] of xml.matchAll(
				/<a:r>\s*<a:rPr([^>]*)>[\s\S]*?<a:t>([^<]*)<\/a:t>\s*<\/a:r>/g,
			)) {
				runCount++;
				const sz = /\ssz="(\d+)"/.exec(props)?.[1];
				if (sz === undefined || Number(sz) < FLOOR_PT * 100)
					small.push(`${path.replace(/^.*\//, '')}: ${String(Number(sz) / 100)} pt "${words}"`);
			}
			// And the size a teacher's own words take, typed at the end of a paragraph.
			for (const [, sz = ''] of xml.matchAll(/<a:endParaRPr[^>]*\ssz="(\d+)"/g))
				if (Number(sz) < FLOOR_PT * 100)
					small.push(
						`${path.replace(/^.*\//, '')}: ${String(Number(sz) / 100)} pt (end of a paragraph)`,
					);
		}
		expect(runCount).toBeGreaterThan(slides.length);
		expect(small).toEqual([]);
	});

	test(`${module.id}: the slides are dated with the content version, so every build gives the same file`, () => {
		const date = contentVersion(module)?.date ?? '2026-01-01';
		const files = unzipSync(new Uint8Array(readFileSync(file)));
		const core = new TextDecoder().decode(files['docProps/core.xml']);
		expect(core).toContain(
			`<dcterms:created xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:created>`,
		);
		expect(core).toContain(
			`<dcterms:modified xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:modified>`,
		);
		// Every part carries the one fixed time of every zip the build writes, as the module's
		// SCORM package does (exports/shared/zip.ts), not the moment of this build.
		const stamps = (zip: Buffer) => {
			const found: number[] = [];
			for (let at = zip.indexOf('PK\x01\x02'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4))
				found.push(zip.readUInt32LE(at + 12));
			return [...new Set(found)];
		};
		const fixed = stamps(readFileSync(join('dist', 'downloads', `${module.id}-scorm12.zip`)));
		expect(fixed).toHaveLength(1);
		expect(stamps(readFileSync(file))).toEqual(fixed);
	});

	test(`${module.id}: the slides are presenter mode's, with its notes and help lines`, async ({
		page,
	}) => {
		await page.goto(`/modules/${module.id}/`);
		const link = page.getByRole('link', { name: 'Slides to edit' });
		await expect(link).toHaveAttribute('href', `/downloads/${fileName}`);
		await expect(link.locator('xpath=..')).toContainText(/\(PowerPoint, \d+ KB\)/);

		await page.goto(`/present/${module.id}/`);
		const presenter = await page.locator('section.slide').evaluateAll((slides) => {
			const shown = (s: Element) => {
				const copy = s.cloneNode(true) as Element;
				for (const note of copy.querySelectorAll('[data-presenter-note]')) note.remove();
				return copy.textContent;
			};
			return slides.map((s) => ({
				kind: [...s.classList].find((c) => c.startsWith('slide-'))?.slice(6) ?? '',
				title: s.querySelector('h2')?.textContent ?? '',
				// A step's note, and each point of an activity's note (its words, before its sources).
				notes: [
					...[...s.querySelectorAll('[data-presenter-note] > p')].map((p) => p.textContent),
					...[...s.querySelectorAll('[data-teacher-note] li')].map(
						(li) => li.firstChild?.textContent ?? '',
					),
					// The pack's guidance folded into a note: the question box, the close, teaching it
					// safely and what to do when someone tells you.
					...[...s.querySelectorAll('[data-kit-note] > ol:not(.sources) > li')].map(
						(li) => li.firstChild?.textContent ?? '',
					),
				],
				// The numbers the slide shows (a number in a folded presenter's note is a note's).
				phones: [...shown(s).matchAll(/\b(?:0\d{3} ?\d{3} ?\d{3,4}|116 123|999|101)\b/g)].map(
					(m) => m[0],
				),
			}));
		});
		const deck = readDeck(file);
		expect(deck).toHaveLength(presenter.length);
		for (const [i, slide] of presenter.entries()) {
			const where = `slide ${i + 1} (${slide.kind}: ${slide.title})`;
			const text = squeeze(deck[i]?.text ?? '');
			if (slide.kind !== 'help') expect(text, where).toContain(squeeze(slide.title));
			for (const note of slide.notes)
				expect(squeeze(deck[i]?.notes ?? ''), where).toContain(squeeze(note));
			// Every number the presenter slide shows (the help lines) is on the editable slide too.
			for (const phone of slide.phones) expect(text, where).toContain(squeeze(phone));
		}
		expect(presenter[0]?.phones.length, 'help lines on the first slide').toBeGreaterThan(2);
		expect(presenter.find((s) => s.kind === 'help')?.phones.length).toBeGreaterThan(2);
	});

	test(`${module.id}: LibreOffice Impress opens the slides and every word is on its page`, () => {
		test.setTimeout(120_000);
		const work = mkdtempSync(join(tmpdir(), 'slides-pptx-'));
		try {
			// A profile of its own, so conversions running side by side do not share one.
			execFileSync(
				'soffice',
				[
					`-env:UserInstallation=file://${join(work, 'profile')}`,
					'--headless',
					'--convert-to',
					'pdf',
					'--outdir',
					work,
					file,
				],
				{ stdio: 'pipe', timeout: 110_000 },
			);
			const pdf = join(work, fileName.replace(/\.pptx$/, '.pdf'));
			const deck = readDeck(file);
			const files = unzipSync(new Uint8Array(readFileSync(file)));
			const pages = Number(
				/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
			);
			expect(pages).toBe(deck.length);
			const boxes = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' })
				.split('<page ')
				.slice(1);
			for (const [i, box] of boxes.entries()) {
				const [width, height] = (/width="([\d.]+)" height="([\d.]+)"/.exec(box) ?? [])
					.slice(1)
					.map(Number);
				const words = [
					...box.matchAll(
						/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g,
					),
				];
				const outside = words.filter(
					(w) => Number(w[3]) > (width ?? 0) + 1 || Number(w[4]) > (height ?? 0) + 1,
				);
				expect(
					outside.map((w) => w[5]),
					`slide ${i + 1}: words past the edge`,
				).toEqual([]);
				// Each word sits in a text box of its slide (its middle, so a tall letter's box may stand
				// a point proud), and no two words overlap: no box's words ran out of it into the gap
				// below or over the next box's.
				const inBoxes = textBoxes(
					new TextDecoder().decode(files[`ppt/slides/slide${String(i + 1)}.xml`]),
				);
				const placed = words.map((w) => {
					const [x0, y0, x1, y1] = w.slice(1, 5).map(Number) as [number, number, number, number];
					return { x0, y0, x1, y1, word: unescapeXml(w[5] ?? '') };
				});
				const outOfBox = placed.filter(
					(w) =>
						w.word !== '•' &&
						!inBoxes.some(
							(b) =>
								w.x0 >= b.x - 1.5 &&
								w.x1 <= b.x + b.w + 1.5 &&
								(w.y0 + w.y1) / 2 >= b.y &&
								(w.y0 + w.y1) / 2 <= b.y + b.h,
						),
				);
				expect(
					outOfBox.map((w) => w.word),
					`slide ${i + 1}: words outside their text box`,
				).toEqual([]);
				const overlapping = placed.flatMap((a, n) =>
					placed
						.slice(n + 1)
						.filter(
							(b) =>
								Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) >
									0.3 * Math.min(a.x1 - a.x0, b.x1 - b.x0) &&
								Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) >
									0.4 * Math.min(a.y1 - a.y0, b.y1 - b.y0),
						)
						.map((b) => `${a.word} / ${b.word}`),
				);
				expect(overlapping, `slide ${i + 1}: words over words`).toEqual([]);
				// Nothing the slide holds is lost off its page: the same letters and digits, in whatever
				// order the boxes are read.
				expect(letters(words.map((w) => unescapeXml(w[5] ?? '')).join(' ')), `slide ${i + 1}`).toBe(
					letters(deck[i]?.text ?? ''),
				);
			}
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
}
