// SPDX-License-Identifier: AGPL-3.0-or-later
declare const __PVE_GPU_TAB_VERSION__: string | undefined;

/** Injected by esbuild from package.json; "dev" when run from source. */
export const VERSION: string = typeof __PVE_GPU_TAB_VERSION__ === 'string' ? __PVE_GPU_TAB_VERSION__ : 'dev';
