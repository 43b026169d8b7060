import {
	isMap,
	isNode,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type Document,
} from 'yaml';

/** A parsed YAML text that can say on which line any value sits. */
export interface LocatedYaml {
	/** The plain data (what a schema validates). */
	data: unknown;
	/** 1-based line and column of the value at `path`, or of its nearest existing parent. */
	locate(path: readonly PropertyKey[]): { line: number; column: number };
	/** Syntax errors, if the text is not valid YAML. */
	syntaxErrors: { message: string; line: number; column: number }[];
}

/**
 * Parses YAML and keeps the positions, so schema errors can name a line.
 * `lineOffset` is added to every line (frontmatter starts on line 2 of an MDX file).
 */
export function parseLocatedYaml(text: string, lineOffset = 0): LocatedYaml {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
	const toPos = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	const syntaxErrors = doc.errors.map((e) => ({ message: e.message, ...toPos(e.pos[0]) }));
	return {
		data: syntaxErrors.length ? undefined : doc.toJS(),
		syntaxErrors,
		locate(path) {
			let node: unknown = doc.contents;
			let found = node;
			for (const key of path) {
				if (isMap(node)) {
					const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
					if (!pair) break;
					node = pair.value;
					// A scalar's own position is the value; a list or map is best shown by its key ("options:").
					found = isScalar(node) ? node : pair.key;
				} else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
					node = node.items[key];
					found = node;
				} else break;
			}
			const range = isNode(found) ? found.range : undefined;
			return toPos(range ? range[0] : 0);
		},
	};
}
