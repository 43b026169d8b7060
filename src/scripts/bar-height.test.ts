import { describe, expect, test } from 'vitest';
import { followHeight } from './bar-height.ts';

describe('followHeight', () => {
	test("sets the element's height on the root at once, and again whenever it changes size", () => {
		let height = 53;
		const bar = { getBoundingClientRect: () => ({ height }) } as unknown as Element;
		const set: string[] = [];
		const root = {
			style: { setProperty: (name: string, value: string) => set.push(`${name}: ${value}`) },
		};
		let changed: () => void = () => {
			/* set by followHeight */
		};
		followHeight(bar, root, '--top-bar-height', (_el, onChange) => {
			changed = onChange;
		});
		expect(set).toEqual(['--top-bar-height: 53px']);
		height = 65.625; // the two buttons wrap at 400% zoom beside a scrollbar
		changed();
		expect(set).toEqual(['--top-bar-height: 53px', '--top-bar-height: 65.625px']);
	});
});
