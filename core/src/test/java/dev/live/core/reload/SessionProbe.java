package dev.live.core.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A listener that queues every finished run, for tests to wait on with a bound. Public for the
 * tests of other modules; the session's run thread adds, the test's thread takes.
 */
public final class SessionProbe implements SessionListener {

  static final Duration RUN_TIMEOUT = Duration.ofSeconds(20);

  final BlockingQueue<RunResult> runs = new LinkedBlockingQueue<>();

  @Override
  public void runFinished(RunResult result) {
    runs.add(result);
  }

  public RunResult awaitRun() throws InterruptedException {
    RunResult result = runs.poll(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(result).as("a run within %s", RUN_TIMEOUT).isNotNull();
    return result;
  }

  /** The one place where a test checks that nothing happens: no run within {@code quiet}. */
  public void assertNoRunWithin(Duration quiet) throws InterruptedException {
    RunResult result = runs.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(result).as("no run expected, but run %s happened", result).isNull();
  }
}
