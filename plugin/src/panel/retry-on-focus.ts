// SPDX-License-Identifier: AGPL-3.0-or-later
// Back from accepting the shim's certificate in another browser tab (the link in the
// "unreachable" state box, state-message.ts): the window gets the focus again, and a tab that
// could not reach the shim tries again at once rather than at its stream's next reconnect.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShimError } from './shim-client.ts';

export class RetryOnFocusController implements ReactiveController {
  private readonly onFocus = () => {
    if (this.error()?.kind === 'unreachable') this.retry();
  };

  constructor(
    host: ReactiveControllerHost,
    /** the host's current error */
    private readonly error: () => ShimError | undefined,
    private readonly retry: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('focus', this.onFocus);
  }

  hostDisconnected(): void {
    window.removeEventListener('focus', this.onFocus);
  }
}
