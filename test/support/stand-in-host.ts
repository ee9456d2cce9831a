import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A host for one controller under test: an event target (controllers that announce si-load /
 * si-error dispatch on their host), records update requests, runs hostConnected on `connected()`
 * and hostUpdated on `updated()`. Tests give it the properties their controller reads.
 */
export class StandInHost extends EventTarget implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  connected(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  updated(): void {
    for (const controller of this.controllers) controller.hostUpdated?.();
  }
}
