// The early quick exit: see components/QuickExit.astro. Hashed into every page's CSP (astro.config.mjs).
// It imports nothing, so PROGRESS_KEY, CMI5_TAB_KEY and DOUBLE_ESCAPE_MS are written out (a test
// keeps them equal).
// It runs before the link is parsed and listens on the document, so there is no moment when the
// link is on screen and nothing makes it leave for good.
(() => {
	const exitLink = () => document.querySelector('a[data-quick-exit]');
	const ready = () => exitLink()?.hasAttribute('data-ready') ?? false;
	const leave = (link) => {
		try {
			for (const key of Object.keys(sessionStorage))
				if (key.startsWith('second-look:progress:v1') || key.startsWith('second-look.cmi5.'))
					sessionStorage.removeItem(key);
		} catch {}
		try {
			if (link.dataset.quickExit === 'package' && top && top !== self)
				top.location.replace(link.href);
		} catch {}
		location.replace(link.href);
	};
	document.addEventListener('click', (event) => {
		const link = event.target instanceof Element && event.target.closest('a[data-quick-exit]');
		if (!link || ready() || event.defaultPrevented) return;
		event.preventDefault();
		leave(link);
	});
	let last = -Infinity;
	addEventListener('keydown', (event) => {
		if (ready() || event.key !== 'Escape' || event.repeat) return;
		// Just arrived by ending a presenter show with Escape: the presenter's next presses are not a pair.
		if (location.hash === '#show-ended' && performance.now() < 3000) return;
		// An Escape the page used (presenter mode's: it closes what is open, or ends the show) starts
		// no pair, as in the full quick exit: the page's script runs without it if its file failed.
		if (event.defaultPrevented) {
			last = -Infinity;
			return;
		}
		const now = performance.now();
		const link = exitLink();
		if (link && now - last <= 1000) leave(link);
		last = now;
	});
	// Says it is listening (the tests wait for it; the full quick exit's mark is the link's data-ready).
	document.documentElement.dataset.quickExitEarly = '';
})();
