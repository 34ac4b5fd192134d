package dev.live.engine.graalpy;

import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.RunServices;
import dev.live.engine.truffle.ContextPool;
import dev.live.engine.truffle.ContextStopper;
import dev.live.engine.truffle.TruffleEngines;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Engine;

/**
 * One polyglot {@link Engine} for Python 3, its own (a JavaScript engine refuses Python contexts),
 * started only when a run first needs Python 3. Every run gets a fresh context from it.
 */
final class GraalPyEngineAdapter implements EngineAdapter {

  /** The threads GraalPy, Truffle and the Graal compiler start, and this engine's own. */
  private static final Pattern ENGINE_THREADS =
      Pattern.compile(TruffleEngines.ENGINE_THREADS + "|Python.*|python-.*|live-graalpy-.*");

  private final Engine engine;
  private final ContextPool<ContextMaker.Fresh> contexts;
  private final ContextStopper stopper = new ContextStopper("live-graalpy-stop");
  private final PySources sources = new PySources();

  GraalPyEngineAdapter() {
    this(TruffleEngines.start("python"));
  }

  /** An adapter over {@code engine}, a Python engine it closes with itself. */
  GraalPyEngineAdapter(Engine engine) {
    this.engine = engine;
    this.contexts = ContextMaker.pool(engine, sources);
  }

  @Override
  public EngineRun newRun(RunServices services) {
    sources.runStarting();
    return new GraalPyEngineRun(contexts, sources, services, stopper);
  }

  @Override
  public boolean ownsThread(Thread thread) {
    return ENGINE_THREADS.matcher(thread.getName()).matches();
  }

  @Override
  public void close() {
    stopper.close();
    contexts.closeWithEngine(engine);
  }
}
