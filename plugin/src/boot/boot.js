// SPDX-License-Identifier: AGPL-3.0-or-later
// Placeholder boot script; the GPU tab issue replaces it.
window.PveGpuTab = window.PveGpuTab || { loaded: true };
