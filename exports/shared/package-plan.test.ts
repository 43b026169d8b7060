import { describe, expect, test } from 'vitest';
import { ModuleSchema } from '../../src/schemas/module.ts';
import { checkManifestInput, ManifestInputError, type ManifestInput } from './package-plan.ts';

const input: ManifestInput = {
	module: ModuleSchema.parse({
		id: 'adult-self-paced',
		title: 'Second Look: spot the scam, know what to do',
		audience: 'adult',
		ageRange: { min: 18, max: 35 },
		description: 'A short self-paced module for young adults on fake profiles and blackmail.',
		lessons: ['fake-profiles'],
		reporting: 'completion',
		passMark: 80,
		minutes: 45,
	}),
	launch: 'index.html',
	files: ['b.js', 'index.html', 'a.css', 'b.js'],
	version: '0.1.0',
};

describe('checkManifestInput', () => {
	test('splits off the launch document; assets are sorted and de-duplicated', () => {
		expect(checkManifestInput(input)).toEqual({ launch: 'index.html', assets: ['a.css', 'b.js'] });
	});

	test('the launch document need not be repeated in files', () => {
		expect(checkManifestInput({ ...input, files: ['a.css'] })).toEqual({
			launch: 'index.html',
			assets: ['a.css'],
		});
	});

	test.each([
		['a bad launch path', { ...input, launch: 'Index.html' }, 'Index.html'],
		['a bad file path', { ...input, files: ['../secrets.txt'] }, '../secrets.txt'],
		['an empty version', { ...input, version: '' }, ''],
		[
			'a version over 20 characters',
			{ ...input, version: '2026.11.23-build.4711' },
			'2026.11.23-build.4711',
		],
		[
			'a control character in the title',
			{ ...input, module: { ...input.module, title: 'Tab\u000Bbed' } },
			'Tab\u000Bbed',
		],
		[
			'a control character in the description (cmi5.xml carries it)',
			{ ...input, module: { ...input.module, description: 'Pasted\u0001 from a word processor.' } },
			'Pasted\u0001 from a word processor.',
		],
	])('refuses %s, naming the value', (_description, bad, value) => {
		let thrown: unknown;
		try {
			checkManifestInput(bad);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ManifestInputError);
		expect(thrown).toMatchObject({ name: 'ManifestInputError', value });
	});

	test('says what, why and what to do for a bad version', () => {
		expect(() => checkManifestInput({ ...input, version: '' })).toThrowErrorMatchingInlineSnapshot(
			`[ManifestInputError: Package version "" must be 1–20 characters: the SCORM 1.2 content packaging schema limits <manifest version> to 20. Pass the short release version, e.g. "0.1.0".]`,
		);
	});
});
