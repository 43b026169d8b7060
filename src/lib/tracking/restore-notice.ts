import type { DecodeResult } from '../engine/codec.ts';

/** What the learner is told when saved progress came back changed or not at all. Calm, plain. */
export const RESTORE_NOTICES = {
	migrated:
		'This course was updated since you were last here. Your answers to the parts that did not change are kept; the parts that changed are ready for you to answer again.',
	oldVersion:
		'This course was updated since you were last here, and your earlier answers could not be carried over to the new version. You can answer the activities again here.',
	unreadable:
		'Your earlier answers could not be read, so the activities here start fresh. You can carry on as usual.',
} as const;

/**
 * The notice for what reading saved progress found, or undefined when there is nothing to say
 * (nothing saved, restored exactly, or an update that changed none of the learner's answers).
 */
export function restoreNotice(result: DecodeResult | undefined): string | undefined {
	switch (result?.kind) {
		case 'migrated':
			return result.dropped > 0 ? RESTORE_NOTICES.migrated : undefined;
		case 'unreadable-old-version':
			return RESTORE_NOTICES.oldVersion;
		case 'unreadable':
			return RESTORE_NOTICES.unreadable;
		default:
			return undefined;
	}
}
