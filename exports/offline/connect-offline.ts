import { connectDevice } from '../../src/lib/tracking/device.ts';
import type { Connect } from '../contract.ts';

/** The offline package's connection: progress stays on this device (`connectDevice`). */
export const connect: Connect = ({ win, moduleId, say }) =>
	Promise.resolve({
		connection: connectDevice({ win, moduleId, onnotice: say }),
		isRecorded: true,
	});
