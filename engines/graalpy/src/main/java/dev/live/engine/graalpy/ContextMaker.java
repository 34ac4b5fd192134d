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
import org.graalvm.polyglot.proxy.ProxyExecutable;

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
  private final PySources sources;
  private final Source loaderSource = loaderSource();

  /** The Python home's folders, asked of the first context made, before the pool hands it out. */
  private List<Path> homeFolders;

  private ContextMaker(Engine engine, PySources sources) {
    this.engine = engine;
    this.sources = sources;
  }

  /**
   * The pool of Python contexts of {@code engine}, one per run, compiling through {@code sources}.
   */
  static ContextPool<Fresh> pool(Engine engine, PySources sources) {
    return new ContextPool<>(
        "Python", "live-graalpy-context", new ContextMaker(engine, sources)::make);
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
    loader.getMember("cache_imports").execute((ProxyExecutable) this::compiledText);
    return new Fresh(context, files, loader);
  }

  /** The text to compile for an imported module, or null for one of Python's own. */
  private String compiledText(Value... pathAndText) {
    String path = pathAndText[0].asString();
    Path file = Path.of(path).toAbsolutePath().normalize();
    for (Path home : homeFolders) {
      if (file.startsWith(home)) {
        return null;
      }
    }
    return sources.compiledText(path, pathAndText[1].asString());
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
