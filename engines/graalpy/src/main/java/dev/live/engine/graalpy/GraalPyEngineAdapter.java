package dev.live.engine.graalpy;

import dev.live.core.engine.CacheFolder;
import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.RunServices;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Engine;

/**
 * One polyglot {@link Engine} for Python 3, its own (a JavaScript engine refuses Python contexts),
 * started only when a run first needs Python 3. Every run gets a fresh context from it.
 */
final class GraalPyEngineAdapter implements EngineAdapter {

  /** The threads GraalPy, Truffle and the Graal compiler start, and this engine's own. */
  private static final Pattern ENGINE_THREADS =
      Pattern.compile("JVMCI.*|Truffle.*|Graal.*|Polyglot.*|Python.*|python-.*|live-graalpy-.*");

  /** Where GraalPy unpacks its home and native libraries, unless the user chose. */
  private static final String RESOURCE_CACHE = "polyglot.engine.userResourceCache";

  private final ContextMaker contexts;
  private final ContextStopper stopper = new ContextStopper();

  GraalPyEngineAdapter() {
    if (System.getProperty(RESOURCE_CACHE) == null) {
      System.setProperty(RESOURCE_CACHE, CacheFolder.forEngine("polyglot").toString());
    }
    Engine engine =
        Engine.newBuilder("python")
            // Without the Graal compiler the warning would print on every start.
            .option("engine.WarnInterpreterOnly", "false")
            .build();
    this.contexts = new ContextMaker(engine);
  }

  @Override
  public EngineRun newRun(RunServices services) {
    return new GraalPyEngineRun(contexts, services, stopper);
  }

  @Override
  public boolean ownsThread(Thread thread) {
    return ENGINE_THREADS.matcher(thread.getName()).matches();
  }

  @Override
  public void close() {
    stopper.close();
    contexts.closeWithEngine();
  }
}
