package dev.live.engine.js;

import dev.live.core.engine.RunCancelledException;
import dev.live.core.watch.DaemonThreads;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.io.IOAccess;

/**
 * One JavaScript context kept ready, made on a background thread while live waits for a save or
 * runs a module: building a context and its global object is most of the cost of a module's first
 * line (a tenth of a second for the first context of a session, milliseconds later). Each {@link
 * #take()} hands out the context made in advance and starts making the next one.
 *
 * <p>A context that has run no code is the same whoever made it, so a spare is as fresh as one made
 * on demand; only its file system learns the run when it is taken.
 */
final class SpareContext {

  /** A context ready for a module, with its file system and the names its global object has. */
  record Fresh(Context context, ImportRecorder files, Set<String> builtins) {}

  private final Engine engine;
  private final ExecutorService maker =
      Executors.newSingleThreadExecutor(DaemonThreads.named("live-js-context"));
  private Future<Fresh> next;

  SpareContext(Engine engine) {
    this.engine = engine;
    this.next = maker.submit(this::make);
  }

  /** The spare context, waiting for it if it is still being made, reading files for the run. */
  Fresh take(Consumer<Path> onRead) {
    Future<Fresh> ready;
    synchronized (this) {
      ready = next;
      try {
        next = maker.submit(this::make);
      } catch (RejectedExecutionException e) {
        throw new IllegalStateException("the JavaScript engine is closed", e);
      }
    }
    try {
      Fresh fresh = ready.get();
      fresh.files().recordTo(onRead);
      return fresh;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunCancelledException("run cancelled", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("making a JavaScript context", e.getCause());
    }
  }

  private Fresh make() {
    ImportRecorder files = new ImportRecorder();
    Context context =
        Context.newBuilder("js")
            .engine(engine)
            // Scripts are the user's own code on the user's machine: they may use Java classes,
            // files and threads, as Jython scripts can.
            .allowAllAccess(true)
            .allowIO(IOAccess.newBuilder().fileSystem(files).build())
            .option("js.esm-eval-returns-exports", "true")
            .build();
    // Reading the global object's names builds the global object: the costly part.
    Set<String> builtins = new HashSet<>(context.getBindings("js").getMemberKeys());
    return new Fresh(context, files, Set.copyOf(builtins));
  }

  /**
   * Stops making contexts, waiting for one half made: an engine cannot close while a context is
   * being built on another thread, and interrupting the build fails the engine's close. Closing the
   * engine then closes the spare.
   */
  void close() {
    synchronized (this) {
      next.cancel(false);
    }
    maker.shutdown();
    try {
      if (!maker.awaitTermination(10, TimeUnit.SECONDS)) {
        maker.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
