/**
 * Runs async tasks one after another within one page or worker, so each read-modify-write of
 * storage sees what the previous one wrote. A failed task does not stop the ones after it.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
}
