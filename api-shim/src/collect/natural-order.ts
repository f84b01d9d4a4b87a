// SPDX-License-Identifier: AGPL-3.0-or-later
// Names with numbers in numeric order (card2 before card10, renderD128 before renderD1000), the
// order the inventory lists /sys/class/drm in. One ICU collator for every comparison:
// String.prototype.localeCompare() given a locale or options builds a new Intl.Collator on each call
// (ECMA-402 §19.1.1: "Let collator be ? Construct(%Collator%, « locales, options »)").

const collator = new Intl.Collator('en', { numeric: true });

/** Sort comparator: `a.localeCompare(b, 'en', { numeric: true })` without a collator per call. */
export const naturalOrder: (a: string, b: string) => number = collator.compare;
