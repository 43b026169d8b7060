import { activityInPackage } from '../../lib/package-data.ts';
import type { CardData, IslandCard } from './types.ts';

/** Thrown when a package page's island names an activity its `#package-data` block lacks. */
export class CardActivityMissing extends Error {
	override readonly name = 'CardActivityMissing';
}

/**
 * An island's card with its activity and source numbers: as the props carry them (a lesson page,
 * and every page while the server renders it), else from the page's `#package-data` block (a
 * package page writes each activity once: src/lib/activities-once.ts).
 * @throws {CardActivityMissing} if neither holds the activity (a page built wrong).
 */
export function cardData(card: IslandCard, doc: Document | undefined): CardData {
	const { activity, sourceNumbers } = card;
	if (activity) return { ...card, activity, sourceNumbers: sourceNumbers ?? {} };
	const json = doc?.getElementById('package-data')?.textContent;
	const found = json ? activityInPackage(json, card.activityId) : undefined;
	if (!found)
		throw new CardActivityMissing(
			`Activity "${card.activityId}" is neither in its island's props nor in #package-data.`,
		);
	return { ...card, ...found };
}
