/**
 * Text for xmlbuilder2's `txt()` and `att()` that it writes back exactly. xmlbuilder2 (4.x) escapes
 * `<`, `>` and `&`, but leaves an `&` that starts something shaped like a reference (`&amp;`,
 * `&nbsp;`, `&#1;`) as it is, to avoid double encoding: a module titled "Q&A; tips" would reach the
 * manifest as an undefined entity (not well-formed XML: the LMS refuses the package), and one titled
 * "Fish &amp; chips" would read "Fish & chips". Writing every `&` as `&amp;` first leaves nothing for
 * it to guess: the XML then holds the author's text, character for character. U+2028 and U+2029
 * go as the references `&#8232;` and `&#8233;` (which xmlbuilder2 keeps): some parsers (xmldom, and
 * any that follows XML 1.1's line-end rules) would read them raw as line feeds. Pure.
 * https://github.com/oozcitak/xmlbuilder2/blob/v4.0.3/src/constants.ts (nonEntityAmpersandRegex)
 */
export function xmlLiteral(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/[\u2028\u2029]/g, (c) => `&#${String(c.charCodeAt(0))};`);
}
