// The upload queue: a few images at once, a few more waiting in order, the next refused at once with a 503.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MediaError } from '../src/media/images.js';
import { UploadQueue } from '../src/media/queue.js';

/** A task that runs until its test lets it finish, and says when it started. */
function held() {
  let finish!: () => void;
  let started = false;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    task: async () => {
      started = true;
      await done;
      return 'done';
    },
    finish: () => finish(),
    started: () => started,
  };
}

test('two at once, two waiting; the fifth is refused with a 503 and the queue goes on', async () => {
  const queue = new UploadQueue({ concurrency: 2, waiting: 2 });
  const tasks = Array.from({ length: 4 }, held);
  const results = tasks.map((t) => queue.run(t.task));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(
    tasks.map((t) => t.started()),
    [true, true, false, false],
  );

  await assert.rejects(queue.run(held().task), (error: unknown) => {
    assert.ok(error instanceof MediaError);
    assert.equal(error.statusCode, 503);
    assert.equal(error.code, 'busy');
    assert.match(error.message, /try again in 5 seconds/);
    return true;
  });

  tasks[0].finish();
  await results[0];
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(tasks[2].started(), true, 'the first waiting upload runs when a place is free');
  assert.equal(tasks[3].started(), false);
  // A place in the queue is free again.
  const late = held();
  const lateResult = queue.run(late.task);
  for (const t of [...tasks, late]) t.finish();
  assert.deepEqual(await Promise.all([...results, lateResult]), ['done', 'done', 'done', 'done', 'done']);
});

test('a failing task frees its place', async () => {
  const queue = new UploadQueue({ concurrency: 1, waiting: 0 });
  await assert.rejects(
    queue.run(async () => {
      throw new Error('broken image');
    }),
    /broken image/,
  );
  assert.equal(await queue.run(async () => 'next'), 'next');
});
