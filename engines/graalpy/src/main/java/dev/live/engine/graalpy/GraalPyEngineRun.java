package dev.live.engine.graalpy;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.ModuleGlobals;
import dev.live.core.engine.RunCancellation;
import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.RunServices;
import dev.live.core.engine.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * One run's Python 3: one fresh context, taken when the run evaluates its first Python 3 file, in
 * which every module of the run is a module object; local imports are the context's own, so they
 * are read again each run. Closed when the run closes, after its dispose hooks ran.
 */
final class GraalPyEngineRun implements EngineRun {

  private final ContextMaker contexts;
  private final RunServices services;
  private final ContextStopper stopper;
  private final RunCancellation cancellation = new RunCancellation();
  private final Object lock = new Object();
  private Context context;
  private PyBridge bridge;
  private volatile Future<?> stopping = CompletableFuture.completedFuture(null);

  GraalPyEngineRun(ContextMaker contexts, RunServices services, ContextStopper stopper) {
    this.contexts = contexts;
    this.services = services;
    this.stopper = stopper;
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
        use -> bridge.toPython(use),
        bridge::toPython,
        globals::putHashEntry);
    try {
      bridge.loader("run_module").execute(module, source.text(), source.path().toString());
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
    ContextMaker.Fresh fresh = contexts.take(services::fileRead);
    synchronized (lock) {
      if (cancellation.cancelled()) {
        fresh.context().close(true);
        throw new RunCancelledException();
      }
      if (context != null) {
        // An earlier start of this run failed (a venv of another version): that context goes.
        ContextStopper.close(context);
      }
      context = fresh.context();
    }
    PyBridge started = new PyBridge(fresh.loader(), services::displayName, this::awaitStopped);
    List<Object> argv = new ArrayList<>();
    argv.add(services.mainFile().toString());
    argv.addAll(services.arguments());
    List<Object> folders = new ArrayList<>();
    folders.add(services.mainFile().getParent().toString());
    for (Path folder : services.searchPath()) {
      folders.add(folder.toAbsolutePath().toString());
    }
    VirtualEnv.sitePackages(services.mainFile(), System.getenv())
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
    cancellation.cancel();
    synchronized (lock) {
      if (context != null) {
        stopping = stopper.stop(context);
      }
    }
  }

  /**
   * Waits for a stop in progress before code outside the context calls into it (a dispose hook): an
   * interrupt in progress would stop that call too. Code inside a context does not wait, since the
   * stop waits for it to leave.
   */
  private void awaitStopped() {
    if (!cancellation.cancelled() || insideAContext()) {
      return;
    }
    try {
      stopping.get(2 * ContextStopper.INTERRUPT_BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Not stopped in time: the call fails as the context does.
    }
  }

  private static boolean insideAContext() {
    try {
      Context.getCurrent();
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  @Override
  public void close() {
    Context open;
    synchronized (lock) {
      open = context;
      context = null;
    }
    if (open != null) {
      ContextStopper.close(open);
    }
  }
}
