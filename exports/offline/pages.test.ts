import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { createSearcher } from '../../src/lib/search/query.ts';
import { shippedContent } from '../../src/lib/search/test-content.test-data.ts';
import type { AnySearchPayload } from '../../src/lib/search/types.ts';
import { folderSearchIndex } from './package.ts';
import { folderAddresses, inFolder, inLaunchPage, offlinePages } from './pages.ts';

test('the guided help path (/help/now/) is the launch page’s own section, not a copy', () => {
	const addresses = folderAddresses(['fake-profiles'], offlinePages, 'm');
	expect(inFolder(addresses, '/help/now/')).toBe('index.html#guided-help');
	// No page of the folder is a second copy of it.
	expect(offlinePages.map((p) => p.from('m'))).not.toContain('help/now/index.html');
	expect([...inLaunchPage.keys()]).toEqual(['/help/now/']);
});

test('the folder’s search finds the guided help path, in the launch page', async () => {
	const content = await shippedContent();
	const module = content.modules.find((m) => m.id === 'school-ks3');
	if (!module) throw new Error('no module school-ks3');
	const script = folderSearchIndex(
		module,
		content,
		folderAddresses(module.lessons, offlinePages, module.id),
	);
	const context: { self: { secondLookSearchIndex?: AnySearchPayload } } = { self: {} };
	runInNewContext(script, context);
	if (!context.self.secondLookSearchIndex) throw new Error('the script set no index');
	const results = createSearcher(context.self.secondLookSearchIndex).search('step by step').results;
	expect(results.find((r) => r.title === 'What to do now, step by step')?.href).toBe(
		'index.html#guided-help',
	);
}, 30_000);
