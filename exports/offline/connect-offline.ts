import { connectDevice } from '../../src/lib/tracking/device.ts';
import type { Connect } from '../contract.ts';

/**
 * The offline package's connection: progress stays on this device (`connectDevice`). Two tabs'
 * progress that must become one (one ticked "Remember") is joined by the engine's rule; text this
 * package cannot read gives way to text it can.
 */
export const connect: Connect = ({ win, moduleId, say, state }) =>
	Promise.resolve({
		connection: connectDevice({
			win,
			moduleId,
			onnotice: say,
			join: (remembered, tab) => {
				const [a, b] = [state.decode(remembered), state.decode(tab)];
				if (!a || !b) return a || !b ? remembered : tab;
				return state.encode(state.merge(a, b));
			},
		}),
		isRecorded: true,
	});
