// Runs tasks with the same key one after another. Feeds of one topic are polled concurrently, but assigning a
// syndicated copy to its story and rebuilding the topic's milestones must see each other's writes.
// (Across processes the 'ingest' lease keeps runs apart.)
const tails = new Map<string, Promise<void>>();

export async function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => done);
  tails.set(key, tail);
  await previous;
  try {
    return await task();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
