import type { Module } from '../../schemas/module.ts';

/**
 * The words for whoever leads a session, and for the people in it: a trainer briefs a group of
 * trainees in the forces; a teacher teaches a class of pupils in a lesson everywhere else. One
 * place, so a page, a file name and the teacher's kit never call a forces trainer a teacher.
 */
export interface LeaderWords {
	/** `teacher` or `trainer`, as in "the trainer pack". */
	leader: 'teacher' | 'trainer';
	/** `teacher's` or `trainer's`, as in "the trainer's kit". */
	leaders: "teacher's" | "trainer's";
	/** `class` or `group`, as in "the group report". */
	group: 'class' | 'group';
	/** `pupils` or `trainees`. */
	learners: 'pupils' | 'trainees';
	/** `lesson` or `briefing`, as in "for your own briefing". */
	meeting: 'lesson' | 'briefing';
	/** `teach` or `brief`, as in "everything to brief this module". */
	teach: 'teach' | 'brief';
	/** The pack's name, as a link or a file's label says it. */
	pack: 'Teacher pack' | 'Trainer pack';
	/** The kit's name, as a link or a file's label says it. */
	kit: "Teacher's kit" | "Trainer's kit";
	/** The interactions report's name, as a link or a file's label says it. */
	report: 'Class report' | 'Group report';
}

const FORCES: LeaderWords = {
	leader: 'trainer',
	leaders: "trainer's",
	group: 'group',
	learners: 'trainees',
	meeting: 'briefing',
	teach: 'brief',
	pack: 'Trainer pack',
	kit: "Trainer's kit",
	report: 'Group report',
};

const SCHOOL: LeaderWords = {
	leader: 'teacher',
	leaders: "teacher's",
	group: 'class',
	learners: 'pupils',
	meeting: 'lesson',
	teach: 'teach',
	pack: 'Teacher pack',
	kit: "Teacher's kit",
	report: 'Class report',
};

/** The leader words for a module's audience. Pure. */
export function leaderWords(audience: Module['audience']): LeaderWords {
	return audience === 'forces' ? FORCES : SCHOOL;
}
