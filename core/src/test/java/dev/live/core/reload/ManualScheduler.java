package dev.live.core.reload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Scheduler} whose clock moves only when a test says so. */
final class ManualScheduler implements Scheduler {

  private long now;
  private final List<Task> tasks = new ArrayList<>();

  private static final class Task {
    final long due;
    final Runnable action;
    boolean cancelled;

    Task(long due, Runnable action) {
      this.due = due;
      this.action = action;
    }
  }

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public Cancellable schedule(Runnable action, Duration delay) {
    Task task = new Task(now + delay.toNanos(), action);
    tasks.add(task);
    return () -> task.cancelled = true;
  }

  /** Moves the clock forward, running every task that falls due, in order. */
  void advance(Duration by) {
    long target = now + by.toNanos();
    while (true) {
      Task next = null;
      for (Task task : tasks) {
        if (!task.cancelled && task.due <= target && (next == null || task.due < next.due)) {
          next = task;
        }
      }
      if (next == null) {
        break;
      }
      tasks.remove(next);
      now = next.due;
      next.action.run();
    }
    now = target;
  }
}
