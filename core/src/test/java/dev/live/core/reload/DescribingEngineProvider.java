package dev.live.core.reload;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineProvider;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.FakeEngineProvider;
import dev.live.core.engine.RunServices;
import dev.live.core.engine.SourceFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The fake language of {@link FakeEngineProvider}, with an engine that describes itself: it gives
 * the same advice after every run, and starts a thread of its own on each evaluation, which it
 * claims or not. {@link #stopThreads()} ends those threads.
 */
final class DescribingEngineProvider implements EngineProvider {

  private final FakeEngineProvider fake;
  private final List<String> advice;
  private final String threadName;
  private final boolean ownsItsThread;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final List<Thread> started = new ArrayList<>();

  /**
   * @param threadName the name of the thread each evaluation starts
   * @param ownsItsThread whether the engine claims that thread as its own
   */
  DescribingEngineProvider(
      String extension, List<String> advice, String threadName, boolean ownsItsThread) {
    this.fake = new FakeEngineProvider(extension);
    this.advice = List.copyOf(advice);
    this.threadName = threadName;
    this.ownsItsThread = ownsItsThread;
  }

  /** Ends the threads evaluations started and waits (bounded) for them. */
  void stopThreads() throws InterruptedException {
    stop.countDown();
    for (Thread thread : started) {
      thread.join(Duration.ofSeconds(5).toMillis());
    }
  }

  @Override
  public String id() {
    return fake.id();
  }

  @Override
  public String languageName() {
    return fake.languageName();
  }

  @Override
  public List<String> fileExtensions() {
    return fake.fileExtensions();
  }

  @Override
  public String engineVersion() {
    return fake.engineVersion();
  }

  @Override
  public String languageVersion() {
    return fake.languageVersion();
  }

  @Override
  public EngineAdapter create() {
    EngineAdapter engine = fake.create();
    return new EngineAdapter() {
      @Override
      public EngineRun newRun(RunServices run) {
        return new DescribingRun(engine.newRun(run));
      }

      @Override
      public boolean ownsThread(Thread thread) {
        return ownsItsThread && thread.getName().equals(threadName);
      }

      @Override
      public void close() {
        engine.close();
      }
    };
  }

  private final class DescribingRun implements EngineRun {
    private final EngineRun run;

    DescribingRun(EngineRun run) {
      this.run = run;
    }

    @Override
    public BridgeModule evaluate(SourceFile source) {
      Thread thread = new Thread(this::awaitStop, threadName);
      thread.setDaemon(true);
      thread.start();
      started.add(thread);
      return run.evaluate(source);
    }

    private void awaitStop() {
      try {
        stop.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void cancel() {
      run.cancel();
    }

    @Override
    public List<String> adviceAfter(Duration runTime) {
      return advice;
    }

    @Override
    public void close() {
      run.close();
    }
  }
}
