package dev.live.engine.js;

import dev.live.core.engine.RunCancelledException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.graalvm.polyglot.Value;

/**
 * One run's event loop, in Node's order: timers by due time (then by creation), then immediates,
 * then completions other threads posted; GraalJS drains the promise jobs after each callback, since
 * each is an outermost call into its context, and {@code process.nextTick} callbacks before those
 * jobs (see {@link #ticksQueued}). Every callback runs on the run thread, which is the only thread
 * that enters the run's contexts; other threads only {@link #post} to it.
 *
 * <p>The loop is alive while a referenced timer, an immediate, a posted completion or an operation
 * begun with {@link #beginOperation} remains, as a Node process is.
 */
final class EventLoop {

  /** A timer: {@code callback} is called at {@code due}, and every {@code millis} if repeating. */
  private static final class Timer {
    final long id;
    final Value callback;
    final long millis;
    final boolean repeat;
    long due;
    long order;
    boolean referenced = true;

    Timer(long id, Value callback, long millis, boolean repeat) {
      this.id = id;
      this.callback = callback;
      this.millis = millis;
      this.repeat = repeat;
    }
  }

  private final BooleanSupplier cancelled;
  private final Object lock = new Object();
  private final PriorityQueue<Timer> timers =
      new PriorityQueue<>(
          Comparator.<Timer>comparingLong(t -> t.due).thenComparingLong(t -> t.order));
  private final Map<Long, Timer> timersById = new HashMap<>();
  private final Map<Long, Value> immediates = new LinkedHashMap<>();
  private final Deque<Runnable> posted = new ArrayDeque<>();

  /** Each a context's {@code process.nextTick} queue to drain, in the order they were queued. */
  private final Deque<Value> tickDrains = new ArrayDeque<>();

  private int operations;

  /** The time a turn started: timers set during a turn count from it, as Node's do. */
  private long now = System.nanoTime();

  private long lastId;
  private long lastOrder;

  /**
   * @param cancelled true once the run is cancelled: the loop then stops at the next callback
   */
  EventLoop(BooleanSupplier cancelled) {
    this.cancelled = cancelled;
  }

  /** Schedules {@code callback} in {@code delay} ms (at least 1, as Node), repeating if asked. */
  long setTimer(Value callback, double delay, boolean repeat) {
    long millis = delay >= 1 && delay <= Integer.MAX_VALUE ? (long) delay : 1;
    Timer timer = new Timer(++lastId, callback, millis, repeat);
    timersById.put(timer.id, timer);
    schedule(timer, now);
    return timer.id;
  }

  void clearTimer(long id) {
    Timer timer = timersById.remove(id);
    if (timer != null) {
      timers.remove(timer);
    }
  }

  /** Node's {@code ref()}/{@code unref()}: an unreferenced timer does not keep the run going. */
  void referTimer(long id, boolean referenced) {
    Timer timer = timersById.get(id);
    if (timer != null) {
      timer.referenced = referenced;
    }
  }

  boolean timerReferenced(long id) {
    Timer timer = timersById.get(id);
    return timer != null && timer.referenced;
  }

  /** Node's {@code refresh()}: the timer starts counting again from now. */
  void refreshTimer(long id) {
    Timer timer = timersById.get(id);
    if (timer != null && timers.remove(timer)) {
      schedule(timer, System.nanoTime());
    }
  }

  private void schedule(Timer timer, long from) {
    timer.due = from + TimeUnit.MILLISECONDS.toNanos(timer.millis);
    timer.order = ++lastOrder;
    timers.add(timer);
  }

  long setImmediate(Value callback) {
    long id = ++lastId;
    immediates.put(id, callback);
    return id;
  }

  void clearImmediate(long id) {
    immediates.remove(id);
  }

  /**
   * A context queued {@code process.nextTick} callbacks: {@code drain} runs them. Called on the run
   * thread; the loop drains after each callback and before its first turn.
   */
  void ticksQueued(Value drain) {
    tickDrains.add(drain);
  }

  /**
   * Node's tick processing: each drain is an outermost call into its context, so GraalJS runs the
   * promise jobs after its ticks, and ticks those jobs queued are drained next, until none remain.
   */
  private void drainTicks() {
    Value drain;
    while ((drain = tickDrains.poll()) != null) {
      checkCancelled();
      drain.executeVoid();
    }
  }

  /** Work another thread does for the run (a request, say) began: the run lasts until it ends. */
  void beginOperation() {
    synchronized (lock) {
      operations++;
    }
  }

  /**
   * From any thread: runs {@code completion} on the run thread, in the loop; it ends one operation
   * begun with {@link #beginOperation}.
   */
  void post(Runnable completion) {
    synchronized (lock) {
      posted.add(completion);
      lock.notifyAll();
    }
  }

  /** Wakes the loop so that it sees a cancel. */
  void wake() {
    synchronized (lock) {
      lock.notifyAll();
    }
  }

  /** True while something keeps the run going. */
  boolean alive() {
    synchronized (lock) {
      if (operations > 0 || !posted.isEmpty()) {
        return true;
      }
    }
    return !immediates.isEmpty()
        || !tickDrains.isEmpty()
        || timers.stream().anyMatch(t -> t.referenced);
  }

  /**
   * Runs turns until the loop is not {@link #alive()} or {@code done} says stop; on the run thread.
   */
  void run(BooleanSupplier done) {
    drainTicks();
    while (!done.getAsBoolean() && alive()) {
      now = System.nanoTime();
      runDueTimers();
      runImmediates();
      runPosted();
      awaitWork(done);
    }
    checkCancelled();
  }

  private void runDueTimers() {
    while (!timers.isEmpty() && timers.peek().due <= now) {
      checkCancelled();
      Timer timer = timers.poll();
      if (timer.repeat) {
        schedule(timer, now);
      } else {
        timersById.remove(timer.id);
      }
      timer.callback.executeVoid();
      drainTicks();
    }
  }

  /** The immediates set before this turn; those they set run in the next. */
  private void runImmediates() {
    for (Long id : List.copyOf(immediates.keySet())) {
      checkCancelled();
      Value callback = immediates.remove(id);
      if (callback != null) {
        callback.executeVoid();
        drainTicks();
      }
    }
  }

  private void runPosted() {
    while (true) {
      checkCancelled();
      Runnable completion;
      synchronized (lock) {
        completion = posted.poll();
        if (completion == null) {
          return;
        }
        operations--;
      }
      completion.run();
      drainTicks();
    }
  }

  /** Sleeps until the next timer is due, something is posted, or the run is cancelled. */
  private void awaitWork(BooleanSupplier done) {
    synchronized (lock) {
      while (posted.isEmpty()
          && immediates.isEmpty()
          && !cancelled.getAsBoolean()
          && !done.getAsBoolean()
          && alive()) {
        long wait = timers.isEmpty() ? Long.MAX_VALUE : timers.peek().due - System.nanoTime();
        if (wait <= 0) {
          return;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, Math.min(wait, TimeUnit.SECONDS.toNanos(1)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new RunCancelledException(e);
        }
      }
    }
  }

  private void checkCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new RunCancelledException();
    }
  }
}
