// SPDX-License-Identifier: AGPL-3.0-or-later
// `npm run bench history`: the history save's CPU alone (history-save.ts; `npm run bench collect`
// prints the same figures beside the daemons' 1 Hz CPU).
import { historySaveFigures } from './history-save.ts';

await historySaveFigures();
