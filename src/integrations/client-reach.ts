import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Registers `client:reach` (src/scripts/client-reach.ts): hydrate an island when it is visible,
 * focused or pressed, its code fetched as the page loads. Astro inlines the directive's script
 * in each page that uses it, as it does its own directives.
 */
export function clientReach(): AstroIntegration {
	return {
		name: 'second-look:client-reach',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				addClientDirective({
					name: 'reach',
					entrypoint: fileURLToPath(new URL('../scripts/client-reach.ts', import.meta.url)),
				});
			},
		},
	};
}
