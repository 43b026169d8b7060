import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** Reading the manifest: the parser and namespace-aware element look-ups the checks share. */

/** The parsed document, or a sentence saying why it is not well-formed. */
export function parse(xml: string): Document | string {
	const messages: string[] = [];
	try {
		const document = new DOMParser({
			onError: (level, message) => {
				messages.push(message);
				if (level !== 'warning') throw new Error(message);
			},
		}).parseFromString(xml, 'application/xml');
		if (messages.length > 0) return `The manifest is not well-formed XML: ${messages.join('; ')}.`;
		return document;
	} catch (error) {
		const where = lineOf(error);
		const detail = messages[0] ?? (error instanceof Error ? error.message : String(error));
		return `The manifest is not well-formed XML${where}: ${detail}.`;
	}
}

/** ` (line 3, column 5)` from an xmldom ParseError's locator, or `''`. */
function lineOf(error: unknown): string {
	if (typeof error !== 'object' || error === null || !('locator' in error)) return '';
	const locator: unknown = error.locator;
	if (typeof locator !== 'object' || locator === null) return '';
	const line = 'lineNumber' in locator ? locator.lineNumber : undefined;
	const column = 'columnNumber' in locator ? locator.columnNumber : undefined;
	return typeof line === 'number' && typeof column === 'number'
		? ` (line ${line}, column ${column})`
		: '';
}

/** Every element under (and including) `root`, in document order. */
export function elements(root: Element): Element[] {
	const all: Element[] = [];
	const visit = (element: Element): void => {
		all.push(element);
		for (let child = element.firstChild; child !== null; child = child.nextSibling) {
			if (isElement(child)) visit(child);
		}
	};
	visit(root);
	return all;
}

/** Whether a node is an element. */
export function isElement(node: { nodeType: number }): node is Element {
	return node.nodeType === 1;
}

/** Direct children of `parent` named `{namespace}localName`. */
export function children(parent: Element, namespace: string, localName: string): Element[] {
	const found: Element[] = [];
	for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
		if (isElement(child) && child.namespaceURI === namespace && child.localName === localName) {
			found.push(child);
		}
	}
	return found;
}

/** Descendants of `root` named `{namespace}localName`. */
export function descendants(root: Element, namespace: string, localName: string): Element[] {
	return Array.from(root.getElementsByTagNameNS(namespace, localName));
}

/** `"value"`, or `(none)` for a missing value. */
export function show(value: string | null | undefined): string {
	return value === null || value === undefined ? '(none)' : JSON.stringify(value);
}
