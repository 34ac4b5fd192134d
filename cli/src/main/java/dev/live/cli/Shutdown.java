package dev.live.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * How a watching {@code live run} ends. SIGINT (Ctrl-C), SIGTERM or SIGHUP {@linkplain #stop
 * stops}: it closes the session (stop the run, call the dispose hooks) and then releases {@link
 * #awaitStatus}, which returns 130, 143 or 129 for {@code call()} to return; {@link Main} alone
 * calls {@code System.exit}.
 *
 * <p>Threads: each signal runs {@link #stop} on a thread of its own; a second signal while the
 * first one's close still runs releases {@link #awaitStatus} at once, so a second Ctrl-C ends a
 * close that hangs.
 */
final class Shutdown {

  private static final int NOT_STOPPED = -1;

  private final Runnable close;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicInteger status = new AtomicInteger(NOT_STOPPED);

  /** {@code close} closes the session; it is called once per signal and must be idempotent. */
  Shutdown(Runnable close) {
    this.close = close;
  }

  /**
   * Stops on SIGINT, SIGTERM and SIGHUP. A signal handler, because shutdown hooks are too late: an
   * engine may close its streams in a hook of its own, in no fixed order, before the dispose hooks
   * have printed. A signal ignored when the JVM started stays ignored (the JVM refuses the
   * handler); the {@code live} launcher resets an inherited ignored SIGINT for that reason.
   */
  void handleSignals() {
    handle("INT", ExitCodes.INTERRUPTED);
    handle("TERM", ExitCodes.TERMINATED);
    handle("HUP", ExitCodes.HUNG_UP);
  }

  /**
   * Runs {@code notice} if the JVM ends without a stop: a script called {@code System.exit} through
   * Java access, which no JVM since Java 18 can refuse.
   */
  void reportOtherExits(Runnable notice) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (!stopping.get()) {
                    notice.run();
                  }
                },
                "live-exit-notice"));
  }

  /** Closes the session and releases {@link #awaitStatus} with {@code exitCode}. */
  void stop(int exitCode) {
    stopping.set(true);
    try {
      close.run();
    } finally {
      // The first stop whose close has finished decides the status.
      status.compareAndSet(NOT_STOPPED, exitCode);
      stopped.countDown();
    }
  }

  /** Waits for the first {@link #stop} to finish and returns its exit code. */
  int awaitStatus() throws InterruptedException {
    stopped.await();
    return status.get();
  }

  private void handle(String signal, int exitCode) {
    try {
      Signal.handle(new Signal(signal), received -> stop(exitCode));
    } catch (IllegalArgumentException e) {
      // This platform has no such signal: the JVM's default handling is all there is.
    }
  }
}
