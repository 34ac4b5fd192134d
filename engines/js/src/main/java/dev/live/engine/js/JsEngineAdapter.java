package dev.live.engine.js;

import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.RunServices;
import dev.live.engine.js.node.NodeSources;
import dev.live.engine.truffle.ContextPool;
import dev.live.engine.truffle.ContextStopper;
import dev.live.engine.truffle.TruffleEngines;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Engine;

/**
 * One polyglot {@link Engine} for the session. Every module of every run gets its own context from
 * it: contexts are cheap on a shared engine, and a module's top-level names then cannot collide
 * with another's.
 */
final class JsEngineAdapter implements EngineAdapter {

  /** The threads GraalJS, Truffle and the Graal compiler start for their own work. */
  private static final Pattern ENGINE_THREADS =
      Pattern.compile(TruffleEngines.ENGINE_THREADS + "|HttpClient-.*");

  private final Engine engine = TruffleEngines.start("js");
  private final ContextPool<ContextMaker.Fresh> pool = ContextMaker.pool(engine);
  private final JitAdvice jitAdvice = JitAdvice.fromLauncher();
  private final ContextStopper stopper = new ContextStopper("live-js-stop");
  private final HttpFetch http = new HttpFetch();
  private final NodeSources nodeSources = new NodeSources();

  @Override
  public EngineRun newRun(RunServices services) {
    pool.runStarting();
    nodeSources.runStarting();
    return new JsEngineRun(pool, services, jitAdvice, stopper, nodeSources, http);
  }

  @Override
  public boolean ownsThread(Thread thread) {
    return ENGINE_THREADS.matcher(thread.getName()).matches();
  }

  @Override
  public void close() {
    pool.close();
    stopper.close();
    engine.close(true);
  }
}
