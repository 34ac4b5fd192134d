package dev.live.engine.truffle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pool of contexts made in advance, on real contexts of a Truffle engine with no language. */
class ContextPoolTest {

  record Made(Context context, RecordingFileSystem files) implements FreshContext {}

  @TempDir Path folder;
  private final Engine engine =
      Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build();
  private final List<Made> made = new CopyOnWriteArrayList<>();
  private final Semaphore madeCount = new Semaphore(0);

  /** When set, each make waits for a permit after it has built its context. */
  private volatile Semaphore heldMaking;

  private final ContextPool<Made> pool = new ContextPool<>("Toy", "live-toy-context", this::make);

  private Made make() {
    RecordingFileSystem files = new RecordingFileSystem();
    Context context =
        Context.newBuilder()
            .engine(engine)
            .allowIO(IOAccess.newBuilder().fileSystem(files).build())
            .build();
    Made fresh = new Made(context, files);
    made.add(fresh);
    madeCount.release();
    Semaphore held = heldMaking;
    if (held != null) {
      held.acquireUninterruptibly();
    }
    return fresh;
  }

  @AfterEach
  void close() {
    pool.close();
    engine.close(true);
  }

  /** One run that takes {@code contexts} contexts. */
  private void run(int contexts) {
    pool.runStarting();
    for (int i = 0; i < contexts; i++) {
      pool.take(path -> {}).context().close();
    }
  }

  private static boolean closed(Context context) {
    try {
      context.getPolyglotBindings();
      return false;
    } catch (IllegalStateException | PolyglotException e) {
      // Closed, or closed with cancel: both say so.
      return true;
    }
  }

  @Test
  void aContextDroppedWhileBeingMadeIsClosedOnceMade() throws Exception {
    assertThat(madeCount.tryAcquire(1, TimeUnit.MINUTES)).as("the first made").isTrue();
    heldMaking = new Semaphore(0);
    Context taken = pool.take(path -> {}).context();
    assertThat(madeCount.tryAcquire(1, TimeUnit.MINUTES)).as("its replacement built").isTrue();

    // Closed while the replacement is being made: its future is dropped before it completes.
    CompletableFuture<Void> closing = CompletableFuture.runAsync(pool::close);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (pool.keptReady() > 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(pool.keptReady()).as("dropped by close").isZero();
    heldMaking.release();
    closing.get(1, TimeUnit.MINUTES);

    assertThat(closed(made.get(1).context())).as("the context being made when dropped").isTrue();
    taken.close();
  }

  @Test
  void keepsAsManyContextsReadyAsTheLastRunTookUpToItsLimit() {
    assertThat(pool.keptReady()).as("at the start").isEqualTo(1);

    run(3);
    pool.runStarting();
    assertThat(pool.keptReady()).as("after a run that took three").isEqualTo(3);

    run(1);
    pool.runStarting();
    assertThat(pool.keptReady()).as("after a run that took one").isEqualTo(1);

    run(ContextPool.MOST_KEPT + 5);
    pool.runStarting();
    assertThat(pool.keptReady())
        .as("after a run that took too many")
        .isEqualTo(ContextPool.MOST_KEPT);
  }

  @Test
  void aTakenContextsFileSystemReportsToTheRunThatTookIt() throws IOException {
    Path file = Files.writeString(folder.resolve("lib.txt"), "text");
    List<Path> read = new ArrayList<>();

    Made fresh = pool.take(read::add);
    fresh.files().newByteChannel(file, Set.of(StandardOpenOption.READ)).close();

    assertThat(read).containsExactly(file.toAbsolutePath().normalize());
  }

  @Test
  void closingClosesTheContextMadeInAdvanceAndRefusesMore() throws InterruptedException {
    Context taken = pool.take(path -> {}).context();
    assertThat(madeCount.tryAcquire(2, 1, TimeUnit.MINUTES)).as("the replacement made").isTrue();

    pool.close();

    assertThat(closed(made.get(1).context())).as("the context made in advance").isTrue();
    assertThat(closed(taken)).as("a context a run took is the run's to close").isFalse();
    assertThatThrownBy(pool::runStarting).hasMessage("the Toy engine is closed");
    assertThatThrownBy(() -> pool.take(path -> {})).hasMessage("the Toy engine is closed");
    taken.close();
  }

  @Test
  void anErrorMakingAContextIsThrownByTheTake() {
    ContextPool<Made> failing =
        new ContextPool<>(
            "Toy",
            "live-toy-context",
            () -> {
              throw new IllegalArgumentException("no such option");
            });
    try {
      assertThatThrownBy(() -> failing.take(path -> {})).hasMessage("no such option");
    } finally {
      failing.close();
    }
  }
}
