// SPDX-License-Identifier: AGPL-3.0-or-later
// `npm start` guard: the demo page loads ExtJS from node_modules; say so when it is missing.
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/extjs-gpl/build/ext-all.js')) {
  process.stderr.write('The demo needs the npm dependencies. Run:  npm install\n');
  process.exit(1);
}
