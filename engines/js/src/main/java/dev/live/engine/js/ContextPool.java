package dev.live.engine.js;

import dev.live.core.concurrent.DaemonThreads;
import dev.live.core.engine.RunCancelledException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * JavaScript contexts kept ready, made on a background thread while live waits for a save or runs a
 * module: building a context and its global object is most of the cost of a module's first line (a
 * tenth of a second for the first context of a session, milliseconds later). As many are kept as
 * the last run took, one per JavaScript module it ran (up to {@link #MOST_KEPT}), so that no module
 * of the next run waits for one; each {@link #take} hands out a context made in advance and starts
 * making another.
 *
 * <p>A context that has run no code is the same whoever made it, so a spare is as fresh as one made
 * on demand; only its file system learns the run when it is taken.
 */
final class ContextPool {

  /**
   * A context ready for a module, with its file system, the names its global object has, and the
   * function that binds its Node globals to a run's {@link NodeHost}.
   */
  record Fresh(Context context, ImportRecorder files, Set<String> builtins, Value attach) {}

  /** The most contexts kept made in advance; a run with more modules waits for the rest. */
  static final int MOST_KEPT = 16;

  /**
   * An error thrown out to Java and translated as the runner reports it: GraalJS and Truffle
   * initialise their error classes the first time, and on an almost full stack (an error made or
   * reported in a deep recursion) that fails for the rest of the JVM.
   */
  private static final String FIRST_ERROR = "throw new TypeError('first')";

  /** The same for a Java exception crossing JavaScript, caught there and then let through. */
  private static final String FIRST_HOST_ERROR =
      "(f) => { try { f(); } catch (e) { String(e); } f(); }";

  private final Engine engine;
  private final ExecutorService maker =
      Executors.newSingleThreadExecutor(DaemonThreads.named("live-js-context"));
  private final Deque<Future<Fresh>> ready = new ArrayDeque<>();
  private int kept = 1;
  private int takenThisRun;
  private boolean errorsInitialised;

  ContextPool(Engine engine) {
    this.engine = engine;
    topUp();
  }

  /**
   * A run begins: keep as many contexts ready as the last run took (the ones it did not take beyond
   * that are closed).
   */
  synchronized void runStarting() {
    kept = Math.max(1, Math.min(MOST_KEPT, takenThisRun));
    takenThisRun = 0;
    try {
      while (ready.size() > kept) {
        Future<Fresh> extra = ready.removeLast();
        if (!extra.cancel(false)) {
          // Made or being made: closed once made, by the thread that makes them.
          maker.submit(() -> closeMade(extra));
        }
      }
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("the JavaScript engine is closed", e);
    }
    topUp();
  }

  /** How many contexts are made, or being made, in advance. */
  synchronized int keptReady() {
    return ready.size();
  }

  /**
   * A context made in advance, waiting for it if it is still being made, reading files for the run.
   */
  Fresh take(Consumer<Path> onRead) {
    Future<Fresh> next;
    synchronized (this) {
      takenThisRun++;
      // Never empty: every change to the reserve ends topped up to at least one.
      next = ready.removeFirst();
      // Its replacement: a run with more modules than the last gets the rest one after another.
      topUp();
    }
    try {
      Fresh fresh = next.get();
      fresh.files().recordTo(onRead);
      return fresh;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunCancelledException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("making a JavaScript context", e.getCause());
    }
  }

  private void topUp() {
    try {
      while (ready.size() < kept) {
        ready.addLast(maker.submit(this::make));
      }
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("the JavaScript engine is closed", e);
    }
  }

  private static void closeMade(Future<Fresh> made) {
    try {
      made.get().context().close();
    } catch (ExecutionException | CancellationException e) {
      // Never made: nothing to close.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
            // Node's globals that GraalJS has built in; NodeGlobals adds the rest.
            .option("js.text-encoding", "true")
            .option("js.performance", "true")
            .option("js.global-property", "true")
            .option("js.stack-trace-api", "true")
            // Bare imports reach ImportRecorder next to their importer, to resolve as Node does.
            .option("js.esm-bare-specifier-relative-lookup", "true")
            // As in Node, a rejection nobody handles is an error that ends the run.
            .option("js.unhandled-rejections", "throw")
            // A function is translated when first called, not when its file is parsed: a cold
            // start translates only what runs (see docs/performance.md).
            .allowExperimentalOptions(true)
            .option("js.lazy-translation", "true")
            .build();
    if (!errorsInitialised) {
      // On the maker's thread, whose stack is nearly empty; the flag is that thread's alone.
      initialiseErrors(context);
      errorsInitialised = true;
    }
    Value attach = NodeGlobals.install(context);
    // Reading the global object's names builds the global object: the costly part.
    Set<String> builtins = new HashSet<>(context.getBindings("js").getMemberKeys());
    return new Fresh(context, files, Set.copyOf(builtins), attach);
  }

  /** Throws {@link #FIRST_ERROR} in {@code context}, which leaves no name behind. */
  private static void initialiseErrors(Context context) {
    JsBridge bridge = new JsBridge(context, () -> {});
    try {
      context.eval("js", FIRST_ERROR);
    } catch (PolyglotException e) {
      JsErrors.translate(e, false, bridge);
    }
    // A Java exception crossing JavaScript, caught there and then let through to Java: the path
    // an error of another language's function takes.
    ProxyExecutable hostError =
        arguments -> {
          throw new IllegalStateException("first host error");
        };
    try {
      context.eval("js", FIRST_HOST_ERROR).execute(hostError);
    } catch (PolyglotException e) {
      JsErrors.translate(e, false, bridge);
    }
  }

  /**
   * Stops making contexts, waiting for one half made: an engine cannot close while a context is
   * being built on another thread, and interrupting the build fails the engine's close. Closing the
   * engine then closes the spare.
   */
  void close() {
    synchronized (this) {
      ready.forEach(future -> future.cancel(false));
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
