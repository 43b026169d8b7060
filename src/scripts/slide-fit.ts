/**
 * Fitting a presenter slide to the screen (src/scripts/presenter.ts): the slide's type is scaled
 * down, by measuring, until its content fits, never below a floor.
 */

/** The smallest a slide's type may be scaled to fit (a share of its size). */
export const MIN_FIT = 0.7;

/**
 * The largest type scale, in hundredths from {@link MIN_FIT} to 1, at which `fits` says the slide's
 * content fits; {@link MIN_FIT} if none does. Text reflows as it scales (lines wrap, columns fill),
 * so a slide is measured, not worked out in proportion: shrinking by the share it overflows would
 * leave a slide in columns far smaller than it needs to be. `fits` is asked about 6 times. Pure
 * apart from what `fits` does.
 */
export function largestFit(fits: (scale: number) => boolean): number {
	if (fits(1)) return 1;
	let lo = Math.round(MIN_FIT * 100);
	let hi = 100;
	// `lo` is the floor, taken whether or not it fits; `hi` never fits.
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (fits(mid / 100)) lo = mid;
		else hi = mid;
	}
	return lo / 100;
}

/**
 * Scales a slide's type (the `--fit` custom property of its `[data-fit]` box) to the largest that
 * fits the slide's box, down to {@link MIN_FIT}. The deck splits long content when it is built; this
 * catches what a narrow or short screen still pushes over, such as the help slide on a 4:3 projector.
 */
export function fitToScreen(slide: HTMLElement): void {
	const box = slide.querySelector<HTMLElement>('[data-fit]');
	if (!box || slide.hidden) return;
	const scale = largestFit((s) => {
		box.style.setProperty('--fit', String(s));
		return box.scrollHeight <= slide.clientHeight;
	});
	box.style.setProperty('--fit', String(scale));
}
