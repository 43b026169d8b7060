import type { HarmfulPhrase } from '../schemas/harmful-phrase.ts';

/**
 * The maintained list of victim-blaming, shaming and scare phrasing (content brief §1, rules 1–3).
 * The content lint refuses any lesson whose own voice (prose, summary, objectives, key messages,
 * prompts, feedback, narration, right answers) uses one; see docs/authoring.md. A character's words
 * (chat lines, scenario replies, wrong options) are not checked: a lesson may show blame in order to
 * correct it, and its feedback is checked.
 *
 * To add an entry: give it a new id, a case-insensitive pattern with `\b` word boundaries, say
 * whether a negation ("not", "never", "nobody", "n't" …) earlier in the same clause makes it fine,
 * why it harms, and what to write instead. Add a case to `src/content/lint/phrases.test.ts`.
 */
export const harmfulPhrases: readonly HarmfulPhrase[] = [
	{
		id: 'your-fault',
		kind: 'blame',
		pattern: /\b(?:your|his|her|their|my)\s+(?:own\s+)?fault\b/i,
		negatable: true,
		why: 'Young people are never to blame: offenders trick, groom and manipulate them (brief §1.1, S3). Say whose fault it is only to say it is not theirs.',
		instead: 'It is not your fault. The person who blackmails is to blame.',
	},
	{
		id: 'name-fault',
		kind: 'blame',
		// Case-sensitive on purpose: a name ("Sam's fault"), not "the blackmailer's fault".
		pattern: /\b[A-Z][a-z]+'s\s+(?:own\s+)?fault\b/,
		negatable: true,
		why: 'Blaming a character teaches the class to blame the victim (brief §1.1; scenario A4: "his fault" → the criminal\'s fault).',
		instead: "It is not Sam's fault. The criminal is to blame.",
	},
	{
		id: 'to-blame',
		kind: 'blame',
		// Only "you": "they are to blame" is as often about the offenders.
		pattern: /\b(?:you|you're)\s+(?:are\s+|were\s+)?(?:partly\s+)?to\s+blame\b/i,
		negatable: true,
		why: 'Puts the blame on the person targeted; only the offender is to blame (brief §1.1, S23).',
		instead: 'You are not to blame. The person who lied is.',
	},
	{
		id: 'only-yourself-to-blame',
		kind: 'blame',
		pattern: /\bonly\s+(?:have|has)\s+(?:yourself|himself|herself|themselves)\s+to\s+blame\b/i,
		negatable: false,
		why: 'Blames the victim outright (brief §1.1).',
		instead: 'The person who blackmails is the only one to blame.',
	},
	{
		id: 'should-have-known',
		kind: 'blame',
		pattern: /\b(?:should|ought\s+to)\s*(?:have|'ve|of)\s+known(?:\s+better)?\b/i,
		negatable: false,
		why: 'Hindsight blame: fake profiles are built to fool people, and anyone can be tricked (brief §1.1, S11).',
		instead: 'Anyone can be tricked. Fake profiles are made to fool people.',
	},
	{
		id: 'should-never-have',
		kind: 'blame',
		pattern: /\bshould(?:\s+never|n't|\s+not)\s+have(?!\s+to\b)\b/i,
		negatable: false,
		why: 'Looks back at what the victim did wrong, which stops people asking for help; it is never too late (brief §1.1, §1.9).',
		instead: 'It is never too late to get help, whatever has happened.',
	},
	{
		id: 'asking-for-it',
		kind: 'blame',
		pattern: /\basking\s+for\s+it\b/i,
		negatable: true,
		why: 'A classic victim-blaming phrase (brief §1.1, S1).',
		instead: 'Nobody deserves to be blackmailed.',
	},
	{
		id: 'brought-it-on',
		kind: 'blame',
		pattern:
			/\b(?:brought|bring|brings|bringing)\s+(?:it|this|that)\s+on\s+(?:yourself|himself|herself|themselves|themself)\b/i,
		negatable: true,
		why: 'Blames the victim for the crime (brief §1.1).',
		instead: 'This was done to them by someone who set out to trick them.',
	},
	{
		id: 'deserved-it',
		kind: 'blame',
		pattern: /\bdeserv(?:e|es|ed)\s+(?:it|this|that|what)\b/i,
		negatable: true,
		why: 'Says the victim earned the harm; "nobody deserves this" is fine (brief §1.1).',
		instead: 'Nobody deserves this.',
	},
	{
		id: 'let-it-happen',
		kind: 'blame',
		pattern: /\b(?:let|allowed)\s+(?:it|this|that)\s+(?:to\s+)?happen\b/i,
		negatable: true,
		why: 'Suggests the victim could have stopped a crime done to them (brief §1.1).',
		instead: 'Someone set out to trick them.',
	},
	{
		id: 'what-were-you-thinking',
		kind: 'blame',
		pattern: /\bwhat\s+were\s+(?:you|they|we)\s+thinking\b|\bwhat\s+was\s+(?:he|she)\s+thinking\b/i,
		negatable: false,
		why: 'A blaming question; a friend or adult who hears it is less likely to be told next time (brief §1.1, §1.8).',
		instead: 'You did the right thing telling me.',
	},
	{
		id: 'stupid',
		kind: 'blame',
		pattern:
			/\b(?:stupid|naive|naïve|gullible|foolish|careless|irresponsible|reckless|idiots?|idiotic)\b/i,
		negatable: true,
		why: 'Calls the person who was tricked foolish; blackmailers do this for a living and anyone can be fooled (brief §1.1, S11). "Not stupid" is fine.',
		instead: 'Anyone can be tricked. It does not make someone foolish.',
	},
	{
		id: 'shameful',
		kind: 'shame',
		pattern: /\b(?:shameful|disgraceful|disgusting|sordid)\b/i,
		negatable: true,
		why: 'Shame keeps people quiet, which is what blackmailers count on (brief §1.1, §1.2). "Nothing shameful" is fine.',
		instead: 'There is nothing to be ashamed of in asking for help.',
	},
	{
		id: 'should-be-ashamed',
		kind: 'shame',
		pattern: /\bshould\s+(?:be|feel)\s+(?:so\s+)?ashamed\b/i,
		negatable: true,
		why: 'Tells the victim to feel shame (brief §1.1).',
		instead: 'You have nothing to be ashamed of.',
	},
	{
		id: 'slurs',
		kind: 'shame',
		pattern: /\b(?:sluts?|slags?|whores?|slutty)\b/i,
		negatable: false,
		why: 'Sexual slurs shame the person in an image; even quoted in the lesson voice they repeat the harm (brief §1.1, §1.3).',
		instead: 'Describe what happened without labels: "shared a photo".',
	},
	{
		id: 'ruin-your-life',
		kind: 'scare',
		pattern:
			/\b(?:ruin|ruins|ruined|ruining|destroy|destroys|destroyed|wreck|wrecks|wrecked)\s+(?:your|his|her|their|my|someone's)\s+(?:whole\s+)?(?:life|lives|future|career)\b/i,
		negatable: false,
		why: 'Scare tactics make people panic, pay and hide it; take a positive approach and always give help (brief §1.2, S18). Even "won\'t ruin your life" plants the fear.',
		instead: 'It is never too late to get help, and help is there.',
	},
	{
		id: 'life-is-over',
		kind: 'scare',
		pattern: /\b(?:life|lives|career)(?:\s+(?:is|are|will\s+be|would\s+be)|'s)\s+over\b/i,
		negatable: false,
		why: 'Hopeless framing; someone in crisis may take it literally (brief §1.2, S24b).',
		instead: 'It can feel overwhelming, but there is a way through, and people who can help.',
	},
	{
		id: 'online-forever',
		kind: 'scare',
		pattern:
			/\b(?:online|on\s+the\s+internet|out\s+there)\s+forever\b|\bcan(?:not|'t|\s+never)\s+be\s+(?:removed|deleted|taken\s+down)\b/i,
		negatable: true,
		why: 'Untrue and frightening: Report Remove, Take It Down and StopNCII help get images taken down or stop them being shared (brief §1.2, §4).',
		instead:
			'Images can often be taken down: Report Remove (under 18) and StopNCII.org (18+) can help.',
	},
	{
		id: 'prison',
		kind: 'scare',
		// "You'll be in trouble" threatens the learner; "a friend might be in trouble" is about danger.
		pattern:
			/\b(?:go|goes|going|sent|end\s+up)\s+(?:to\s+)?(?:prison|jail)\b|\b(?:will|'ll|could|might|may|would)\s+(?:be|get)\s+(?:arrested|prosecuted)\b|\byou(?:'ll|'d|\s+will|\s+could|\s+might|\s+may|\s+would)?\s+(?:be|get)\s+in(?:to)?\s+trouble\b|\bget\s+a\s+criminal\s+record\b/i,
		negatable: true,
		why: 'Present the law as protection: under-18s "won\'t be in trouble for getting help" (brief §1.2, §1.10, S12). Negated ("you won\'t be in trouble") is what to say.',
		instead: "You won't be in trouble for getting help.",
	},
	{
		id: 'commit-suicide',
		kind: 'shame',
		pattern: /\bcommit(?:s|ted|ting)?\s+suicide\b/i,
		negatable: false,
		why: '"Commit" frames suicide as a crime; safe-messaging guidance asks for other words (brief §1.2, S24b).',
		instead: 'died by suicide; took their own life',
	},
	{
		id: 'suicide-method',
		kind: 'scare',
		pattern:
			/\bkill(?:s|ed|ing)?\s+(?:yourself|himself|herself|themselves|themself)\b|\bhang(?:ed|ing|s)?\s+(?:yourself|himself|herself|themselves|themself)\b|\boverdos(?:e|ed|es|ing)\b|\b(?:rail|railway|train)\s+suicides?\b/i,
		negatable: false,
		why: 'Never describe suicide methods, and always give helplines (brief §1.2, S24b).',
		instead: 'If someone talks about not wanting to live: call 999, or Samaritans on 116 123.',
	},
	{
		id: 'horror',
		kind: 'scare',
		pattern: /\b(?:terrifying|horrifying|horrific|nightmare|petrifying)\b/i,
		negatable: true,
		why: 'Dramatic fear words raise panic without helping; keep a calm tone (brief §1.2, S18).',
		instead: 'It can feel frightening, and help is there.',
	},
	{
		id: 'screenshot-everything',
		kind: 'unsafe',
		pattern: /\b(?:screenshot|screen-shot|save|copy)\s+(?:it\s+)?(?:all|everything)\b/i,
		negatable: true,
		why: 'Everything can include a nude image the blackmailer sends back as proof, and copying a nude image of anyone under 18 makes a new one (brief §1.3, §1.10, S15). The evidence is the messages, usernames, links and payment details (brief §2d, S3).',
		instead:
			'Screenshot the messages, usernames, links and payment details, but not any nude image.',
	},
	{
		id: 'paying-never-works',
		kind: 'unsafe',
		pattern:
			/\bpaying\s+(?:does\s+not|doesn't|will\s+not|won't|never)\s+(?:makes?\s+(?:it|them)\s+)?(?:stop|go\s+away|work)/i,
		negatable: false,
		why: 'Says more than the sources: there is "no guarantee" paying works, and they "will likely ask for more" (brief §1.11, S3). A learner who paid and heard nothing more knows it to be untrue, and may stop trusting the rest.',
		instead: 'There is no guarantee paying works, and they will likely ask for more.',
	},
	{
		id: 'pay-them',
		kind: 'unsafe',
		pattern:
			/(?<!\b(?:want|wants|wanting|urge|tempting|tempted|pressure)\s+to\s+)\b(?:pay|paying|send(?:ing)?\s+(?:them\s+)?(?:the\s+)?money\s+to)\s+(?:them|him|her|the\s+blackmailers?|what\s+they\s+ask|up)\b/i,
		negatable: true,
		why: 'As advice, paying is the opposite of the course: there is no guarantee it works, and they will likely ask for more (brief §1.11, S3). Fine after a negation ("don\'t pay them"), or as a feeling ("want to pay them").',
		instead: "Don't pay. Stop replying, save the evidence, and get help the same day.",
	},
	{
		id: 'delete-account',
		kind: 'unsafe',
		pattern:
			/\bdelet(?:e|ing)\s+(?:your|his|her|their|the|all\s+(?:of\s+)?(?:your|his|her|their))\s+(?:own\s+)?(?:social\s+media\s+)?accounts?\b/i,
		negatable: true,
		why: 'Deleting an account loses evidence the police may need: suspend (deactivate) it instead (brief §1, S8). Fine after a negation ("don\'t delete your account").',
		instead: "Suspend the account, don't delete it: the police may need what is in it.",
	},
];
