import type { Audience } from '../schemas/audience.ts';

/**
 * What every teacher or trainer should know before teaching a module, in the words of its audience:
 * shown on each module page ("Before you teach this") and indexed for search. Plain text. The
 * sourced guidance behind each point is in the pack (src/data/teaching.ts).
 */
export const teachingNotes: Readonly<Record<Audience, readonly string[]>> = {
	school: [
		'Assume someone in the room has been affected. Teach it as a lesson to a class you know, not an assembly.',
		'Before the lesson, ask your designated safeguarding lead about pupils known to be affected or at risk, and offer them a quiet word beforehand. The pack has the question box, the closing activity, subject knowledge, and SEND and EAL notes.',
		'Agree ground rules first; use the fictional characters and third-person questions.',
		'If a pupil tells you something has happened to them, thank them ("you did the right thing telling me") and go to your designated safeguarding lead at once. Never ask to see, copy or forward an image.',
		'Pupils may skip any activity, and always see where to get help.',
	],
	forces: [
		'Assume someone in the room has been affected. Run it as a session with a group you know, not as a mass briefing.',
		'Before the session, ask the unit welfare officer about anyone known to be affected or at risk, and offer them a quiet word beforehand. The pack has the question box, the closing activity, subject knowledge, and notes on learning needs and language.',
		'Agree ground rules first; use the fictional characters and third-person questions.',
		'If a trainee tells you something has happened to them, thank them ("you did the right thing telling me") and follow your service’s welfare procedure: the unit welfare officer, the padre or the chain of command. For a recruit under 18, follow the safeguarding rules for children too. Never ask to see, copy or forward an image.',
		'Trainees may skip any activity, and always see where to get help, inside and outside the chain of command.',
	],
	adult: [
		'Learners work through this module on their own. Tell them what it covers before they start, and who they can talk to.',
		'The stories use fictional characters; nobody is asked about their own experience.',
		'If a learner tells you something has happened to them, thank them ("you did the right thing telling me"), say it is not their fault, and point them to the helplines on every page. Never ask to see, copy or forward an image.',
		'Learners may skip any activity, and always see where to get help.',
	],
};
