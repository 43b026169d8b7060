/**
 * A fixed shuffle of `ids`, seeded by `seed` (the activity id): the same on the server and in
 * the browser, so the hydrated list matches the HTML. Never the right order when there are two or
 * more items, so the learner always has something to do.
 */
export function stableShuffle(seed: string, ids: readonly string[]): string[] {
	// FNV-1a hash of the seed, then a small xorshift generator for a Fisher-Yates shuffle.
	let state = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) {
		state ^= seed.charCodeAt(i);
		state = Math.imul(state, 0x01000193) >>> 0;
	}
	const random = () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		state >>>= 0;
		return state / 0x1_0000_0000;
	};
	const out = [...ids];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		const a = out[i];
		const b = out[j];
		if (a !== undefined && b !== undefined) [out[i], out[j]] = [b, a];
	}
	// Rotating by one place changes every position, so a shuffle that came out right is fixed.
	const alreadyRight = out.every((id, i) => id === ids[i]);
	return alreadyRight && out.length > 1 ? [...out.slice(1), ...out.slice(0, 1)] : out;
}
