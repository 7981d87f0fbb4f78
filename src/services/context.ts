/** What services need from the outside world, passed in so tests can fix them. */
export interface ServiceContext {
  now: () => number;
  /** The name recorded as author of revisions, comments and status changes. */
  user: () => string;
}
