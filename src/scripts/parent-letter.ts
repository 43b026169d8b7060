/**
 * The letter home page (`/teach/<id>/letter/`): the form fills the letter's marked fields as a
 * teacher types (nothing is stored or sent: the words live only in this tab), "Copy the letter"
 * puts it on the clipboard as formatted text and plain text (to paste into the school's own
 * letterhead or messaging system), and the plain-text download follows what was filled in.
 */

import { guideWords } from '../lib/parents/letter.ts';

/** The words to say after copying, for the page's polite status region. */
export const copyWords = {
	done: 'The letter is copied. Paste it into your letterhead or email, and check it before you send it.',
	failed:
		'Your browser did not let us copy. Select the letter and copy it, or download it as plain text.',
} as const;

/** The letter as a teacher would paste it: citations left out. Pure (works on a detached copy). */
export function letterCopy(letter: HTMLElement): HTMLElement {
	const copy = letter.cloneNode(true) as HTMLElement;
	for (const el of copy.querySelectorAll('.cite, .no-print')) el.remove();
	copy.removeAttribute('id');
	return copy;
}

/** The text of a copy as the page shows it (innerText needs it laid out: off screen, then gone). */
function plainText(copy: HTMLElement): string {
	copy.style.position = 'absolute';
	copy.style.left = '-10000px';
	copy.style.width = '40rem';
	document.body.append(copy);
	const text = copy.innerText.replace(/\n{3,}/g, '\n\n').trim();
	copy.remove();
	return `${text}\n`;
}

async function copyLetter(letter: HTMLElement): Promise<boolean> {
	const copy = letterCopy(letter);
	const html = copy.innerHTML;
	const text = plainText(copy);
	try {
		if ('ClipboardItem' in window) {
			await navigator.clipboard.write([
				new ClipboardItem({
					'text/html': new Blob([html], { type: 'text/html' }),
					'text/plain': new Blob([text], { type: 'text/plain' }),
				}),
			]);
		} else {
			await navigator.clipboard.writeText(text);
		}
		return true;
	} catch {
		return false;
	}
}

function install(root: HTMLElement): void {
	const letter = root.querySelector<HTMLElement>('[data-letter]');
	const form = root.querySelector<HTMLFormElement>('[data-letter-form]');
	const status = root.querySelector<HTMLElement>('[data-letter-status]');
	const copyButton = root.querySelector<HTMLButtonElement>('[data-copy-letter]');
	const download = root.querySelector<HTMLAnchorElement>('[data-letter-download]');
	if (!letter || !form || !status || !copyButton || !download) return;
	const fileHref = download.href;
	let blobHref: string | undefined;

	const fill = (input: HTMLInputElement) => {
		const value = input.value.trim();
		for (const span of letter.querySelectorAll<HTMLElement>(`[data-field="${input.name}"]`)) {
			span.textContent = value || (input.dataset['placeholder'] ?? '');
			span.toggleAttribute('data-filled', value !== '');
		}
	};
	const inputs = [...form.querySelectorAll<HTMLInputElement>('input[name]')];
	const refreshDownload = () => {
		if (blobHref) URL.revokeObjectURL(blobHref);
		blobHref = undefined;
		if (inputs.every((i) => i.value.trim() === '')) {
			download.href = fileHref;
			return;
		}
		blobHref = URL.createObjectURL(
			new Blob([plainText(letterCopy(letter))], { type: 'text/plain;charset=utf-8' }),
		);
		download.href = blobHref;
	};
	form.addEventListener('input', (event) => {
		if (event.target instanceof HTMLInputElement) fill(event.target);
		refreshDownload();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
	});
	// The guide's address as this page is served (the build's `site` may be a placeholder); from a
	// file, the built address stays.
	if (location.protocol === 'https:' || location.protocol === 'http:')
		for (const span of letter.querySelectorAll<HTMLElement>('[data-guide-url]'))
			span.textContent = guideWords(new URL('/parents/', location.href).href);
	// A browser may restore typed values on Back: show them in the letter too.
	inputs.forEach(fill);
	refreshDownload();

	copyButton.addEventListener('click', () => {
		void copyLetter(letter).then((ok) => {
			status.textContent = ok ? copyWords.done : copyWords.failed;
		});
	});
	form.hidden = false;
	copyButton.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-letter-page]')) install(root);
