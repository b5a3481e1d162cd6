/**
 * Sends the latest wish only: slider events come faster than the server answers, so while one
 * call runs, newer wishes replace each other and the last one is sent when it returns. A call that
 * throws (network down, server error) is reported and the runner is free again: it never stays
 * busy for good.
 */
export function latestOnly<W, R>(call: (wish: W) => Promise<R>, on: { busy: (busy: boolean) => void; result: (result: R) => void; failure: (error: unknown) => void }) {
  let latest: { wish: W } | null = null;
  let inFlight = false;

  async function pump(): Promise<void> {
    if (inFlight) return;
    inFlight = true;
    on.busy(true);
    try {
      while (latest) {
        const { wish } = latest;
        latest = null;
        try {
          on.result(await call(wish));
        } catch (error) {
          on.failure(error);
        }
      }
    } finally {
      inFlight = false;
      on.busy(false);
    }
  }

  return (wish: W): Promise<void> => {
    latest = { wish };
    return pump();
  };
}
