/**
 * Astro islands for the offline package, where `file://` forbids what Astro's own island element
 * does: a dynamic `import()` of each component and renderer. The offline page's one classic script
 * bundles those modules and hands them here by URL; this element then hydrates each island as
 * Astro's would (same `client:*` directive scripts, same props format, same renderer call).
 * Source of the behaviour copied: astro 7.3 `dist/runtime/server/astro-island.js`.
 */

/** A renderer's client entry (e.g. @astrojs/svelte's): element → hydrate(Component, props, …). */
export type Hydrator = (
	element: HTMLElement,
) => (
	component: unknown,
	props: Record<string, unknown>,
	slots: Record<string, string>,
	meta: { client: string },
) => unknown;

/** The modules of every island on the page, keyed by the URL the island names. */
export interface IslandModules {
	/** Module namespace objects by `component-url`. */
	components: Record<string, Record<string, unknown>>;
	/** Renderer default exports by `renderer-url`. */
	renderers: Record<string, Hydrator>;
}

/** A `client:*` directive as Astro's inline directive scripts define it on `window.Astro`. */
type Directive = (
	load: () => Promise<() => Promise<void>>,
	options: unknown,
	element: HTMLElement,
) => unknown;

type Tuple = [number, unknown];

/** Astro's serialised prop types (astro `runtime/server/serialize.js`). */
const revivers: Record<number, (value: unknown) => unknown> = {
	0: (v) => reviveObject(v),
	1: (v) => reviveArray(v as Tuple[]),
	2: (v) => new RegExp(v as string),
	3: (v) => new Date(v as string),
	4: (v) => new Map(reviveArray(v as Tuple[]) as [unknown, unknown][]),
	5: (v) => new Set(reviveArray(v as Tuple[])),
	6: (v) => BigInt(v as string),
	7: (v) => new URL(v as string),
	8: (v) => new Uint8Array(v as number[]),
	9: (v) => new Uint16Array(v as number[]),
	10: (v) => new Uint32Array(v as number[]),
	11: (v) => Number.POSITIVE_INFINITY * (v as number),
};

function reviveTuple(raw: Tuple): unknown {
	const [type, value] = raw;
	return revivers[type]?.(value);
}

function reviveArray(raw: Tuple[]): unknown[] {
	return raw.map(reviveTuple);
}

function reviveObject(raw: unknown): unknown {
	if (typeof raw !== 'object' || raw === null) return raw;
	return Object.fromEntries(
		Object.entries(raw as Record<string, Tuple>).map(([key, value]) => [key, reviveTuple(value)]),
	);
}

/** An island's `props` attribute as the component receives it. Pure. */
export function reviveProps(attribute: string | null): Record<string, unknown> {
	return attribute ? (reviveObject(JSON.parse(attribute)) as Record<string, unknown>) : {};
}

/** The slots an island's server HTML carries (`<astro-slot>`, `<template data-astro-template>`). */
function slotsOf(island: HTMLElement): Record<string, string> {
	const slots: Record<string, string> = {};
	const own = (el: Element) => el.closest('astro-island') === island;
	for (const template of island.querySelectorAll('template[data-astro-template]')) {
		if (!own(template)) continue;
		slots[template.getAttribute('data-astro-template') || 'default'] = template.innerHTML;
		template.remove();
	}
	for (const slot of island.querySelectorAll('astro-slot')) {
		if (own(slot)) slots[slot.getAttribute('name') || 'default'] = slot.innerHTML;
	}
	return slots;
}

/**
 * Defines `<astro-island>` for a page whose island modules are already loaded (bundled). Each island
 * hydrates when its `client:*` directive says (reach, visible, idle…), or at once if the page has no
 * such directive script. The `load` handed to a directive resolves at once and its hydrate runs the
 * renderer synchronously, so `client:reach` hydrates inside the focus event that reached the island
 * (the focused control stays focused, and the next key press works). A missing module is reported once on the console and the island stays as HTML.
 */
export function defineOfflineIslands(
	win: Window & typeof globalThis,
	modules: IslandModules,
): void {
	const directives = (): Record<string, Directive | undefined> =>
		(win as unknown as { Astro?: Record<string, Directive> }).Astro ?? {};

	const hydrate = async (island: HTMLElement) => {
		if (!island.isConnected || !island.hasAttribute('ssr')) return;
		const parent = island.parentElement?.closest<HTMLElement>('astro-island[ssr]');
		if (parent) {
			parent.addEventListener('astro:hydrate', () => void hydrate(island), { once: true });
			return;
		}
		const componentUrl = island.getAttribute('component-url') ?? '';
		const exportName = island.getAttribute('component-export') || 'default';
		const component = modules.components[componentUrl]?.[exportName];
		const renderer = modules.renderers[island.getAttribute('renderer-url') ?? ''];
		if (!component || !renderer) {
			console.error(`Offline package: no bundled module for island ${componentUrl}.`);
			return;
		}
		const client = island.getAttribute('client') ?? 'load';
		const props = reviveProps(island.getAttribute('props'));
		await renderer(island)(component, props, slotsOf(island), { client });
		island.removeAttribute('ssr');
		island.dispatchEvent(new CustomEvent('astro:hydrate'));
	};

	class OfflineIsland extends win.HTMLElement {
		connectedCallback() {
			const directive = directives()[this.getAttribute('client') ?? ''];
			const load = () => Promise.resolve(() => hydrate(this));
			if (directive) void directive(load, JSON.parse(this.getAttribute('opts') ?? '{}'), this);
			else void hydrate(this);
		}
	}
	if (!win.customElements.get('astro-island'))
		win.customElements.define('astro-island', OfflineIsland);
}
