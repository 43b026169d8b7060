import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * Dark mode sets colours and nothing else: every-page.spec.ts checks each page's reflow and first
 * screen once, in its dark phone load, which holds for light mode only while this is true.
 */

/** Every stylesheet and component under src/ that can hold CSS. */
function styleFiles(dir = 'src'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return styleFiles(path);
		return /\.(css|astro|svelte)$/.test(entry.name) ? [path] : [];
	});
}

/** The text between the brace that opens at `from` and the brace that closes it. */
function block(text: string, from: number): string {
	const open = text.indexOf('{', from);
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '{') depth++;
		if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
	}
	throw new Error(`unclosed block at ${String(from)}`);
}

/** What is wrong with one colour-scheme rule block: anything but colour custom properties. */
function nonColourDeclarations(css: string): string[] {
	const problems: string[] = [];
	const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
	if (rules.length === 0 && css.trim()) problems.push(`not a rule: ${css.trim().slice(0, 60)}`);
	for (const [, selector = '', body = ''] of rules) {
		if (selector.trim() !== ':root') problems.push(`a rule for ${selector.trim()}, not :root`);
		for (const declaration of body
			.split(';')
			.map((d) => d.trim())
			.filter(Boolean)) {
			const [name = '', value = ''] = declaration.split(/:(.*)/s).map((p) => p.trim());
			const colour = /^(#[0-9a-f]{3,8}|(rgb|hsl|oklch|lab|color)a?\([^)]*\))$/i.test(value);
			if (!name.startsWith('--') || !colour) problems.push(declaration);
		}
	}
	return problems;
}

test('the colour-scheme check catches a layout change hidden in dark mode', () => {
	expect(nonColourDeclarations(':root { --bg: #15191d; --text: rgb(1 2 3); }')).toEqual([]);
	expect(nonColourDeclarations(':root { --gap: 2rem; }')).toEqual(['--gap: 2rem']);
	expect(nonColourDeclarations('.nav { display: none; }')).toEqual([
		'a rule for .nav, not :root',
		'display: none',
	]);
});

test('dark mode only swaps colours, in every stylesheet and component', () => {
	const found: string[] = [];
	for (const file of styleFiles()) {
		const text = readFileSync(file, 'utf8');
		for (const match of text.matchAll(/@media[^{]*prefers-color-scheme[^{]*/g)) {
			found.push(file);
			for (const problem of nonColourDeclarations(block(text, match.index)))
				expect.soft(problem, `${file}: dark mode must set colour custom properties only`).toBe('');
		}
	}
	// The site has a dark mode, so this test is looking at it.
	expect(found).toContain(join('src', 'styles', 'global.css'));
});
