import { DOMParser, type Element } from '@xmldom/xmldom';
import { ModuleSchema, type Module } from '../../src/schemas/module.ts';
import { samplePlan } from '../../src/schemas/fixtures.test-data.ts';
import { sessionMinutes } from '../../src/schemas/lesson-plan.ts';
import type { ManifestInput } from './package-plan.ts';

/**
 * The modules and package inputs the manifest and course-structure tests build from: one place, so
 * every standard is tested against the same realistic module (and a snapshot changes for one reason).
 */

/** The KS3 module as `modules/school-ks3.yaml` defines it, parsed like the build does. */
export const schoolKs3: Module = ModuleSchema.parse({
	id: 'school-ks3',
	title: 'Second Look for ages 11 to 14: fake profiles and what to do',
	audience: 'school',
	lessonPlan: samplePlan,
	ageRange: { min: 11, max: 14 },
	description:
		'A PSHE module for Key Stage 3. Pupils learn to spot fake profiles and pressure online, and ' +
		'know exactly what to do and who to tell if someone threatens to share images of them.',
	changes: [
		{
			version: '1.1',
			date: '2026-12-06',
			summary: 'Get help the same day, never left until tomorrow.',
			lessons: ['if-it-happens'],
		},
		{ version: '1.0', date: '2026-11-23', summary: 'First release.' },
	],
	lessons: ['fake-profiles', 'if-it-happens'],
	reporting: 'completion',
	passMark: 80,
	minutes: sessionMinutes(samplePlan),
});

/** The forces module as `modules/forces-induction.yaml` defines it, parsed like the build does. */
export const forcesInduction: Module = ModuleSchema.parse({
	id: 'forces-induction',
	title: 'Second Look for service personnel: sextortion and who to tell',
	audience: 'forces',
	lessonPlan: samplePlan,
	ageRange: { min: 17, max: 25 },
	description:
		'An induction module for recruits and trainees. It shows how the scam works, the steps to ' +
		'take if it happens, and the routes to help inside and outside the chain of command.',
	lessons: ['fake-profiles', 'if-it-happens'],
	reporting: 'pass-mark',
	passMark: 80,
	minutes: sessionMinutes(samplePlan),
});

/** A realistic single-SCO package: the launch page, bundled JS/CSS, a font and images. */
export const samplePackageFiles: readonly string[] = [
	'index.html',
	'_astro/quiz.c3f1a9.js',
	'_astro/index.8d2e4b.css',
	'fonts/atkinson-hyperlegible-regular.woff2',
	'images/fake-profile-example.webp',
	'images/who-to-tell.svg',
];

/** What an exporter is given for a module's package, launched from `index.html`. */
export function manifestInput(
	module: Module,
	files: readonly string[] = samplePackageFiles,
): ManifestInput {
	return { module, launch: 'index.html', files: [...files], version: '0.1.0' };
}

/** The input with another module title (for escaping and length tests). */
export function titled(input: ManifestInput, title: string): ManifestInput {
	return { ...input, module: { ...input.module, title } };
}

/** Parses XML we built (well-formedness is asserted by xmllint elsewhere); returns its root. */
export function parseXml(xml: string): Element {
	const root = new DOMParser().parseFromString(xml, 'application/xml').documentElement;
	if (root === null) throw new Error('no root element');
	return root;
}
