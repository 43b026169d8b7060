/**
 * JSON that is safe to write inside a `<script>` element (a data block such as
 * `<script type="application/json">`) or as a value in a classic script. An HTML parser ends a
 * script element at the first `</script` whatever its type, and `<!--` inside one changes how that
 * end is found, so lesson text such as `</script><script>…` would end the data block early and spill
 * the rest onto the page. `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`, which
 * no HTML parser reads as markup; U+2028 and U+2029 (line terminators in scripts before ES2019) as
 * `\u2028` and `\u2029`. Every one of these characters can occur in JSON text only inside a string,
 * where the escape means the same character, so `JSON.parse` gives back exactly the value.
 * https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 */

/** The characters that could end a script element or a script line, and their JSON escapes. */
const UNSAFE = /[<>&\u2028\u2029]/g;

function escapeCharacter(character: string): string {
	return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * JSON text (as `JSON.stringify` wrote it) with `<`, `>`, `&`, U+2028 and U+2029 escaped, so it
 * can sit inside a script element. Still valid JSON with the same value. Pure.
 */
export function escapeJsonForScript(json: string): string {
	return json.replace(UNSAFE, escapeCharacter);
}

/**
 * `value` as JSON for a script element or a classic script: `JSON.stringify`, then
 * {@link escapeJsonForScript}. `JSON.parse` of the result gives back `JSON.parse(JSON.stringify(value))`.
 * @throws {TypeError} when `value` has no JSON form (`undefined`, a function), which would write
 *   nothing or the word "undefined" into the page.
 */
export function serializeJsonForScript(value: unknown): string {
	const json = JSON.stringify(value) as string | undefined;
	if (json === undefined)
		throw new TypeError('serializeJsonForScript: the value has no JSON form.');
	return escapeJsonForScript(json);
}
