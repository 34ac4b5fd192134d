package dev.live.engine.graalpy;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.ModuleGlobals;
import dev.live.core.engine.RunCancellation;
import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.RunServices;
import dev.live.core.engine.SourceFile;
import dev.live.engine.truffle.ContextPool;
import dev.live.engine.truffle.ContextStopper;
import dev.live.engine.truffle.RunContexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * One run's Python 3: one fresh context, taken when the run evaluates its first Python 3 file, in
 * which every module of the run is a module object; local imports are the context's own, so they
 * are read again each run. Closed when the run closes, after its dispose hooks ran.
 */
final class GraalPyEngineRun implements EngineRun {

  private final ContextPool<ContextMaker.Fresh> pool;
  private final PySources sources;
  private final RunServices services;
  private final RunCancellation cancellation = new RunCancellation();
  private final RunContexts contexts;
  private PyBridge bridge;

  GraalPyEngineRun(
      ContextPool<ContextMaker.Fresh> pool,
      PySources sources,
      RunServices services,
      ContextStopper stopper) {
    this.pool = pool;
    this.sources = sources;
    this.services = services;
    this.contexts = new RunContexts(stopper, cancellation);
  }

  @Override
  public BridgeModule evaluate(SourceFile source) {
    if (bridge == null) {
      start();
    }
    Value module =
        bridge
            .loader("new_module")
            .execute(source.moduleName(), source.path().toString(), source.isMain());
    Value globals = module.getMember("__dict__");
    ModuleGlobals.bind(
        services,
        source.path(),
        use -> bridge.toGuest(use),
        bridge::toGuest,
        globals::putHashEntry);
    try {
      String path = source.path().toString();
      String padded = sources.compiledText(path, source.text());
      bridge.loader("run_module").execute(module, source.text(), padded, path);
      return new PyModule(source, bridge, globals, ModuleGlobals.names(services));
    } catch (PolyglotException e) {
      throw PyErrors.translate(e, cancellation.cancelled(), bridge);
    } catch (IllegalStateException e) {
      if (cancellation.cancelled()) {
        throw new RunCancelledException(e);
      }
      throw e;
    }
  }

  /** Takes the context made in advance and gives it the run's arguments and import folders. */
  private void start() {
    ContextMaker.Fresh fresh = pool.take(services::fileRead);
    // An earlier start of this run failed (a venv of another version): that context goes.
    contexts.close();
    contexts.add(fresh.context());
    PyBridge started = new PyBridge(fresh.loader(), services::displayName, contexts::awaitStopped);
    List<Object> argv = new ArrayList<>();
    argv.add(services.mainFile().toString());
    argv.addAll(services.arguments());
    List<Object> folders = new ArrayList<>();
    folders.add(services.mainFile().getParent().toString());
    for (Path folder : services.searchPath()) {
      folders.add(folder.toAbsolutePath().toString());
    }
    VirtualEnv.sitePackages(services.mainFile(), services.environment())
        .ifPresent(
            packages -> {
              folders.add(packages.toString());
              // Installed packages are not the user's to edit: not watched.
              fresh.files().alsoSkip(packages);
            });
    started.loader("start_run").execute(argv.toArray(), folders.toArray());
    // Only a context that got its arguments and folders serves the run's later modules.
    bridge = started;
  }

  /** Stops the run's code by interrupting its context, which stays usable for dispose hooks. */
  @Override
  public void cancel() {
    contexts.cancel();
  }

  @Override
  public void close() {
    contexts.close();
  }
}
