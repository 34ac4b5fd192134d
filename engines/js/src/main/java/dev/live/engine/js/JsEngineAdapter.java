package dev.live.engine.js;

import dev.live.core.engine.CacheFolder;
import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.RunServices;
import dev.live.engine.js.node.NodeSources;
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
      Pattern.compile("JVMCI.*|Truffle.*|Graal.*|Polyglot.*|HttpClient-.*");

  /** Where GraalJS unpacks its native library on JDKs that need it, unless the user chose. */
  private static final String RESOURCE_CACHE = "polyglot.engine.userResourceCache";

  private final Engine engine;
  private final ContextPool pool;
  private final JitAdvice jitAdvice = JitAdvice.fromLauncher();
  private final ContextStopper stopper = new ContextStopper();
  private final SourceCache sources = new SourceCache();
  private final HttpFetch http = new HttpFetch();
  private final NodeSources nodeSources = new NodeSources();

  JsEngineAdapter() {
    if (System.getProperty(RESOURCE_CACHE) == null) {
      System.setProperty(RESOURCE_CACHE, CacheFolder.forEngine("polyglot").toString());
    }
    this.engine =
        Engine.newBuilder("js")
            // On a JDK without the Graal compiler GraalJS runs interpreted; the warning about it
            // would be printed on every start and is not the user's to act on.
            .option("engine.WarnInterpreterOnly", "false")
            .build();
    this.pool = new ContextPool(engine);
  }

  @Override
  public EngineRun newRun(RunServices services) {
    pool.runStarting();
    sources.runStarting();
    nodeSources.runStarting();
    return new JsEngineRun(pool, services, jitAdvice, stopper, sources, nodeSources, http);
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
