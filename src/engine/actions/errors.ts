/**
 * Why the task pane's action could not be done, in plain words for the user ("Set up the workbook
 * first…"). Not a programming error (docs/development.md: problems, not exceptions): the action planners return
 * `{ error }`, and the session turns it into this, before anything is written, so the task pane can
 * tell it apart from a failure and show its message as it stands.
 */
export class PanelActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PanelActionError";
    // `instanceof` keeps working whatever the compile target.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
