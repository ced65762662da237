import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Re-renders its host once a minute while connected, so "open now" turns into "closed" on time.
 * A fixed `now` (stories, tests) stops the clock.
 */
export class ClockController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private timer?: ReturnType<typeof setInterval>;
  /** A fixed instant instead of the real clock. */
  fixed?: Date;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  get now(): Date {
    return this.fixed ?? new Date();
  }

  hostConnected(): void {
    this.timer = setInterval(() => {
      if (!this.fixed) this.host.requestUpdate();
    }, 60_000);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
