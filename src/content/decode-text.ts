import { contentError, type ContentError } from './errors.ts';

/**
 * Decodes a content file's bytes as UTF-8, refusing what is not. `readFile(…, 'utf8')` replaced a
 * bad byte (a "£" saved as Latin-1) with U+FFFD and went on: the check passed and the build then
 * failed in Vite or in a package manifest, naming no lesson. A UTF-8 byte order mark is dropped
 * (some Windows editors write one), so a lesson still starts with "---". Pure.
 */
export function decodeContentText(
	file: string,
	bytes: Uint8Array,
	kind: 'lesson' | 'module',
): { text: string; error?: undefined } | { text?: undefined; error: ContentError } {
	// `ignoreBOM: false` (the default) drops one leading UTF-8 byte order mark.
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		return { text: decoder.decode(bytes) };
	} catch {
		return { error: notUtf8(file, bytes, kind) };
	}
}

/** A UTF-16 byte order mark (FF FE little-endian, FE FF big-endian), or undefined. */
function utf16Order(bytes: Uint8Array): 'little-endian' | 'big-endian' | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian';
	return undefined;
}

/**
 * The first line (from 1) holding bytes that are not UTF-8. A newline byte (0A) is never part of a
 * longer UTF-8 sequence, so each line can be decoded on its own.
 */
function firstBadLine(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let start = 0;
	let line = 1;
	while (start <= bytes.length) {
		const newline = bytes.indexOf(0x0a, start);
		const end = newline === -1 ? bytes.length : newline;
		try {
			decoder.decode(bytes.subarray(start, end));
		} catch {
			return line;
		}
		if (newline === -1) break;
		start = newline + 1;
		line += 1;
	}
	return 1;
}

function notUtf8(file: string, bytes: Uint8Array, kind: 'lesson' | 'module'): ContentError {
	const order = utf16Order(bytes);
	if (order)
		return contentError(
			'NotUtf8',
			{ file, line: 1 },
			`The ${kind} file is saved as UTF-16 (${order}), not UTF-8, so it cannot be read.`,
			'Save the file as UTF-8 (in most editors: "Save with encoding" or "Encoding: UTF-8").',
		);
	return contentError(
		'NotUtf8',
		{ file, line: firstBadLine(bytes) },
		`The ${kind} file is not valid UTF-8: this line holds bytes in another encoding (often a "£", "é" or curly quote saved as Latin-1 or Windows-1252), which the site would show as "\uFFFD" or which would break the build.`,
		'Save the file as UTF-8 (in most editors: "Save with encoding" or "Encoding: UTF-8"), then check the characters on this line.',
	);
}
