// SPDX-License-Identifier: AGPL-3.0-or-later
// Keyboard focus across a state box's re-render. A keyboard user who pressed Retry sits on a
// button inside a state box (state-message.ts); when the retry works the box goes away, when it
// fails otherwise it is replaced by another, and either way the focused button leaves the DOM and
// the browser drops the focus to <body>, back at the start of PVE's page. This controller notices
// that (focus inside a .state before the update, nowhere in the element after it) and puts the
// focus on the new box's first control, else on `fallback` (the selected view tab, say).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class StateFocusController implements ReactiveController {
  private hadFocus = false;

  constructor(
    private readonly host: Host,
    private readonly fallback: (root: ParentNode) => HTMLElement | null,
  ) {
    host.addController(this);
  }

  private get active(): Element | null {
    const root = this.host.renderRoot;
    return 'activeElement' in root ? (root as ShadowRoot).activeElement : null;
  }

  hostUpdate(): void {
    this.hadFocus = this.active?.closest('.state') != null;
  }

  hostUpdated(): void {
    if (!this.hadFocus || this.active) return;
    this.hadFocus = false;
    const root = this.host.renderRoot;
    const target =
      root.querySelector<HTMLElement>('.state button, .state a[href]') ?? this.fallback(root) ?? null;
    target?.focus();
  }
}

/** The first control a keyboard user would reach in a tab: the selected view tab, else any. */
export function firstControl(root: ParentNode): HTMLElement | null {
  return (
    root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ??
    root.querySelector<HTMLElement>('button:not([disabled]), a[href], select, [tabindex="0"]')
  );
}
