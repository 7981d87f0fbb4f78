/**
 * Calls for a panel's store (search, QA): the panel's `busy` flag is up while one runs, and a failure
 * goes to the message bar and resolves undefined, so a caller only checks for a result.
 */
export function busyCalls(setBusy: (busy: boolean) => void, fail: (error: unknown) => void) {
  return async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      return await work();
    } catch (error) {
      fail(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
}
