/**
 * What every teacher or trainer should know before teaching a module: shown on each module page
 * ("Before you teach this") and indexed for search. Plain text.
 */
export const teachingNotes: readonly string[] = [
	'Assume someone in the room has been affected. Teach it as a lesson, not an assembly.',
	'Agree ground rules first; use the fictional characters and third-person questions.',
	'If a learner tells you something has happened to them, thank them ("you did the right thing telling me") and go to your designated safeguarding lead at once. Never ask to see, copy or forward an image.',
	'Learners may skip any activity, and always see where to get help.',
];
