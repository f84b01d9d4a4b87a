// SPDX-License-Identifier: AGPL-3.0-or-later
// Which PVE theme the page shows, as PVE's own widgets tell it (proxmox-widget-toolkit
// src/panel/GaugeWidget.js, src/panel/RRDChart.js): proxmox-dark sets `color-scheme: dark` on
// :root; the auto theme loads that sheet under a prefers-color-scheme media query, so a change
// of the OS setting switches it live. The tab element gets a `dark` attribute to match.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export function pageIsDark(): boolean {
  try {
    return getComputedStyle(document.documentElement).colorScheme === 'dark';
  } catch {
    return false;
  }
}

export class ThemeController implements ReactiveController {
  private media: MediaQueryList | undefined;
  /** The shell (and any page) swapping a theme sheet in place: class or media changes on <html>/<head>. */
  private observer: MutationObserver | undefined;
  private readonly apply = () => this.host.toggleAttribute('dark', pageIsDark());

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.apply();
    try {
      this.media = window.matchMedia('(prefers-color-scheme: dark)');
      this.media.addEventListener('change', this.apply);
      this.observer = new MutationObserver(this.apply);
      this.observer.observe(document.documentElement, { attributes: true });
      this.observer.observe(document.head, { attributes: true, subtree: true, childList: true });
    } catch {}
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.apply);
    this.observer?.disconnect();
  }
}
