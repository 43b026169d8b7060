import { teachingSources, type SubjectKnowledge } from '../../data/teaching.ts';
import type { Source } from '../../schemas/source.ts';

/** Thrown when the subject knowledge cites a source the pack does not list. */
export class UnknownSourceError extends Error {
	override readonly name = 'UnknownSourceError';
}

/**
 * The sources a pack's subject knowledge cites, in the pack's order (`teachingSources`), each once:
 * the source list of its page of its own. Pure. Throws {@link UnknownSourceError} naming a cited id
 * that is not in the list, so a typo fails the build instead of printing "[?]".
 */
export function knowledgeSources(knowledge: SubjectKnowledge): Source[] {
	const cited = new Set(
		[
			...knowledge.sections.flatMap((s) => s.items),
			...knowledge.myths,
			...knowledge.figures,
		].flatMap((item) => item.sources),
	);
	const known = new Set(teachingSources.map((s) => s.id));
	for (const id of cited)
		if (!known.has(id))
			throw new UnknownSourceError(
				`The subject knowledge cites "${id}", which is not in teachingSources (src/data/teaching.ts).`,
			);
	return teachingSources.filter((s) => cited.has(s.id));
}
