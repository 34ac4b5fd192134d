package dev.live.engine.graalpy;

import dev.live.core.concurrent.DaemonThreads;
import dev.live.core.engine.RunCancelledException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The next run's Python context, made in advance on a background thread while live waits for a
 * save: a fresh context costs tens of milliseconds warm (seconds for the first), and reusing one
 * would leak a run's modules, patches and threads into the next. Each {@link #take} hands out the
 * context made in advance and starts making the next.
 */
final class ContextMaker {

  /** A context ready for a run: its file system and the loader's globals in it. */
  record Fresh(Context context, ReadRecorder files, Value loader) {}

  private static final String LOADER = "live_loader.py";

  private final Engine engine;
  private final Source loaderSource = loaderSource();
  private final ExecutorService maker =
      Executors.newSingleThreadExecutor(DaemonThreads.named("live-graalpy-context"));
  private Future<Fresh> next;

  /**
   * The Python home's folders, asked of the first context made; only the maker's thread uses it.
   */
  private List<Path> homeFolders;

  ContextMaker(Engine engine) {
    this.engine = engine;
    this.next = submit();
  }

  /** The context made in advance, waiting for it if it is still being made. */
  Fresh take(Consumer<Path> onRead) {
    Future<Fresh> taken;
    synchronized (this) {
      taken = next;
      next = submit();
    }
    try {
      Fresh fresh = taken.get();
      fresh.files().recordTo(onRead);
      return fresh;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunCancelledException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("making a Python context", e.getCause());
    }
  }

  private Future<Fresh> submit() {
    try {
      return maker.submit(this::make);
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("the Python engine is closed", e);
    }
  }

  private Fresh make() {
    ReadRecorder files = new ReadRecorder();
    Context context =
        Context.newBuilder("python")
            .engine(engine)
            // Scripts are the user's own code on the user's machine, as with the other engines.
            .allowAllAccess(true)
            .allowIO(IOAccess.newBuilder().fileSystem(files).build())
            .option("python.UnbufferedIO", "true")
            // No __pycache__ folders written beside the user's modules.
            .option("python.DontWriteBytecodeFlag", "true")
            .build();
    Value loader = context.getBindings("python");
    context.eval(loaderSource);
    if (homeFolders == null) {
      homeFolders = homeFolders(loader.getMember("home_folders").execute());
    }
    files.skipFolders(homeFolders);
    return new Fresh(context, files, loader);
  }

  private static List<Path> homeFolders(Value folders) {
    List<Path> paths = new ArrayList<>();
    for (long i = 0; i < folders.getArraySize(); i++) {
      paths.add(Path.of(folders.getArrayElement(i).asString()).toAbsolutePath().normalize());
    }
    return paths;
  }

  private static Source loaderSource() {
    try (InputStream in = ContextMaker.class.getResourceAsStream(LOADER)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Not internal: GraalPy evaluates an internal source outside the context's __main__. Its
      // frames are left out of tracebacks by name (LOADER_FILE in the loader).
      return Source.newBuilder("python", text, "<live loader>").buildLiteral();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stops making contexts; the one made in advance and then the engine are closed on the maker's
   * thread, once a context half made is done (an engine cannot close while a context is being
   * built). Returns at once, so that a session ending never waits for a context no run will use.
   */
  void closeWithEngine() {
    Future<Fresh> spare;
    synchronized (this) {
      spare = next;
    }
    spare.cancel(false);
    try {
      maker.execute(
          () -> {
            closeMade(spare);
            engine.close(true);
          });
    } catch (RejectedExecutionException e) {
      // Closed before.
    }
    maker.shutdown();
  }

  private static void closeMade(Future<Fresh> spare) {
    try {
      spare.get().context().close(true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | CancellationException e) {
      // Never made: nothing to close.
    }
  }
}
