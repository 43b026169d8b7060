/// <reference types="astro/client" />

// For svelte-check, which type-checks .ts files but cannot read .astro ones: `astro check`
// resolves the real components and their props.
declare module '*.astro' {
	const Component: (props: Record<string, unknown>) => unknown;
	export default Component;
}
