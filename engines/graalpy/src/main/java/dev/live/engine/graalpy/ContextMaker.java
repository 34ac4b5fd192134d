package dev.live.engine.graalpy;

import dev.live.engine.truffle.ContextPool;
import dev.live.engine.truffle.FreshContext;
import dev.live.engine.truffle.RecordingFileSystem;
import dev.live.engine.truffle.TruffleEngines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Makes the Python contexts a {@link ContextPool} keeps ready, one per run: a fresh context costs
 * tens of milliseconds warm (seconds for the first), and reusing one would leak a run's modules,
 * patches and threads into the next. Runs on the pool's thread alone.
 */
final class ContextMaker {

  /** A context ready for a run: its file system and the loader's globals in it. */
  record Fresh(Context context, RecordingFileSystem files, Value loader) implements FreshContext {}

  private static final String LOADER = "live_loader.py";

  private final Engine engine;
  private final Source loaderSource = loaderSource();

  /** The Python home's folders, asked of the first context made; only the pool's thread uses it. */
  private List<Path> homeFolders;

  private ContextMaker(Engine engine) {
    this.engine = engine;
  }

  /** The pool of Python contexts of {@code engine}, one per run. */
  static ContextPool<Fresh> pool(Engine engine) {
    return new ContextPool<>("Python", "live-graalpy-context", new ContextMaker(engine)::make);
  }

  private Fresh make() {
    RecordingFileSystem files = new RecordingFileSystem();
    Context context =
        TruffleEngines.contextBuilder(engine, "python", files)
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
}
