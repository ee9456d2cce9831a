import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A host for one controller under test: records update requests, runs hostUpdated on `updated()`. */
export class StandInHost implements ReactiveControllerHost {
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
  updated(): void {
    for (const controller of this.controllers) controller.hostUpdated?.();
  }
}
