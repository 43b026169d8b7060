// The early quick exit: see components/QuickExit.astro. Hashed into every page's CSP (astro.config.mjs).
// It imports nothing, so PROGRESS_KEY and DOUBLE_ESCAPE_MS are written out (a test keeps them equal).
(() => {
	const link = document.currentScript?.previousElementSibling;
	if (!(link instanceof HTMLAnchorElement)) return;
	const ready = () => link.hasAttribute('data-ready');
	const leave = () => {
		try {
			for (const key of Object.keys(sessionStorage))
				if (key.startsWith('second-look:progress:v1')) sessionStorage.removeItem(key);
		} catch {}
		try {
			if (link.dataset.quickExit === 'package' && top && top !== self)
				top.location.replace(link.href);
		} catch {}
		location.replace(link.href);
	};
	link.addEventListener('click', (event) => {
		if (ready() || event.defaultPrevented) return;
		event.preventDefault();
		leave();
	});
	let last = -Infinity;
	addEventListener('keydown', (event) => {
		if (ready() || event.key !== 'Escape' || event.repeat) return;
		const now = performance.now();
		if (now - last <= 1000) leave();
		last = now;
	});
	// Says it is listening (the tests wait for it; the full quick exit's mark is data-ready).
	link.dataset.early = '';
})();
