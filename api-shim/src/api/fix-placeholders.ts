// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * What a fix line cannot know yet (the container is stopped, the major is not registered),
 * written where the value goes; such a line is for the admin to finish (config-change.ts
 * 'placeholder'). The panel shows them in the user's language (plugin/src/panel/fix-lines.ts).
 */
export const FIX_PLACEHOLDERS = {
  renderGid: '<render gid inside the CT>',
  videoGid: '<video gid inside the CT>',
  capsMajor: '<nvidia-caps major>',
} as const;
