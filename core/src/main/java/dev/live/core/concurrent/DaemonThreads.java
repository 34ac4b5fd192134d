package dev.live.core.concurrent;

import java.util.concurrent.ThreadFactory;

/**
 * Threads of live's own (watchers, timers), all daemons: they must never keep the JVM alive after
 * the session ends, and their live-* names keep them out of the leftover-thread report.
 */
public final class DaemonThreads {

  private DaemonThreads() {}

  /** A factory of daemon threads with this name. */
  public static ThreadFactory named(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
