// SPDX-License-Identifier: AGPL-3.0-or-later
// Placeholder panel entry; the GPU tab issue replaces it.
export const PANEL_VERSION = 1;
