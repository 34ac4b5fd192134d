package dev.live.engine.js;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.CacheFolder;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.ModuleGlobals;
import dev.live.core.engine.ModuleUse;
import dev.live.core.engine.RunCancellation;
import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.RunServices;
import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.engine.SourceFile;
import dev.live.core.modules.ModuleCycleException;
import dev.live.core.modules.ModuleNotFoundException;
import dev.live.core.modules.SourceFileException;
import dev.live.engine.js.node.NodeModules;
import dev.live.engine.js.node.NodeSources;
import dev.live.engine.truffle.ContextPool;
import dev.live.engine.truffle.ContextStopper;
import dev.live.engine.truffle.RunContexts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * One run's JavaScript: a context per module, all closed together when the run closes, after its
 * dispose hooks ran, and the run's {@link EventLoop}, which runs the timers and completions the
 * modules left once the main module was evaluated.
 */
final class JsEngineRun implements EngineRun {

  /** Where ES modules' imports of CommonJS packages are written; not watched, being installed. */
  private static final Path SHIMS = CacheFolder.forEngine("node").resolve("node_modules");

  private final ContextPool<ContextMaker.Fresh> pool;
  private final RunServices services;
  private final RunCancellation cancellation = new RunCancellation();
  private final RunContexts contexts;
  private final JitAdvice jitAdvice;
  private final EventLoop loop = new EventLoop(cancellation::cancelled);
  private final NodeHost host;
  private final NodeSources nodeSources;
  private JsBridge mainBridge;

  JsEngineRun(
      ContextPool<ContextMaker.Fresh> pool,
      RunServices services,
      JitAdvice jitAdvice,
      ContextStopper stopper,
      NodeSources nodeSources,
      HttpFetch http) {
    this.pool = pool;
    this.nodeSources = nodeSources;
    this.services = services;
    this.jitAdvice = jitAdvice;
    this.contexts = new RunContexts(stopper, cancellation);
    this.host = new NodeHost(services, loop, http);
  }

  @Override
  public BridgeModule evaluate(SourceFile source) {
    ContextMaker.Fresh fresh = pool.take(services::fileRead);
    Context context = fresh.context();
    contexts.add(context);
    JsBridge bridge = new JsBridge(context, contexts::awaitStopped);
    if (mainBridge == null) {
      mainBridge = bridge;
    }
    Value topLevel = fresh.attach().execute(host);
    Value bindings = context.getBindings("js");
    ModuleGlobals.bind(
        services,
        source.path(),
        use -> useFunction(bridge, use),
        bridge::toGuest,
        bindings::putMember);
    boolean esModule = NodeModules.esModule(source.path());
    try {
      NodeModules node =
          NodeModules.install(
              context,
              source.path(),
              !esModule,
              nodeSources,
              services::fileRead,
              services::displayName);
      Path folder = source.path().toAbsolutePath().getParent();
      fresh
          .files()
          .resolveBareWith(folder, (specifier, from) -> node.importTarget(specifier, from, SHIMS));
      if (esModule) {
        return esModule(source, context, bridge, context.eval(nodeSources.script(source, true)));
      }
      // Evaluated inside topLevel, so that the ticks it queues run before its promise jobs.
      ProxyExecutable script = arguments -> context.eval(nodeSources.script(source, false));
      topLevel.executeVoid(script);
      Value exported = node.exported();
      if (exported != null) {
        return new JsModule(source, bridge, exported, exported.getMemberKeys());
      }
      Set<String> names = new LinkedHashSet<>(bindings.getMemberKeys());
      names.removeAll(fresh.builtins());
      names.removeAll(NodeModules.GLOBALS);
      names.removeAll(ModuleGlobals.names(services));
      return new JsModule(source, bridge, bindings, names);
    } catch (PolyglotException | IllegalStateException e) {
      throw failure(e, bridge);
    }
  }

  /**
   * What the runner reports for an exception out of a context: a JavaScript error, or the stop of a
   * cancelled run (a closed context throws {@link IllegalStateException}).
   */
  private RuntimeException failure(RuntimeException e, JsBridge bridge) {
    if (e instanceof PolyglotException polyglot) {
      return JsErrors.translate(polyglot, cancellation.cancelled(), bridge);
    }
    return cancellation.cancelled() ? new RunCancelledException(e) : e;
  }

  /**
   * An ES module's exports once its evaluation settled. A module {@code use}d by another waits for
   * its top-level {@code await}, running the loop meanwhile; the main module does not wait: it has
   * no exports until then, and the loop runs after it as for any main module.
   */
  private JsModule esModule(SourceFile source, Context context, JsBridge bridge, Value evaluation) {
    Settlement evaluated = Settlement.of(context, evaluation);
    if (!evaluated.settled() && !source.isMain()) {
      loop.run(evaluated::settled);
      if (!evaluated.settled()) {
        throw ScriptFailedException.builder(
                "Error",
                source.displayName()
                    + " never finished its top-level await: nothing it waits for is pending")
            .at(source.path(), 0)
            .build();
      }
    }
    if (!evaluated.settled()) {
      return new JsModule(source, bridge, context.eval("js", "({})"), Set.of());
    }
    Value imported = context.eval("js", "import(" + quoted(source.path().toString()) + ")");
    Value namespace = Settlement.of(context, imported).value();
    return new JsModule(source, bridge, namespace, namespace.getMemberKeys());
  }

  /** {@code text} as a JavaScript string literal. */
  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static ProxyExecutable useFunction(JsBridge bridge, ModuleUse use) {
    return arguments -> {
      Object name = arguments.length == 0 ? null : bridge.toBridge(arguments[0]);
      try {
        return bridge.toGuest(use.load(name));
      } catch (IllegalArgumentException e) {
        throw bridge.jsError("TypeError", e.getMessage());
      } catch (ModuleNotFoundException | ModuleCycleException | SourceFileException e) {
        throw bridge.jsError("Error", e.getMessage());
      } catch (ScriptFailedException e) {
        throw bridge.toJsError(e);
      }
    };
  }

  @Override
  public boolean hasPendingWork() {
    return loop.alive();
  }

  /**
   * Runs the loop until it is empty, then the {@code process.on('exit')} listeners; a non-zero
   * {@code process.exitCode} ends the run with that status, as it ends a Node process.
   */
  @Override
  public void runPendingWork() {
    try {
      loop.run(() -> false);
      for (Value listener : host.takeExitListeners()) {
        listener.executeVoid();
      }
    } catch (PolyglotException | IllegalStateException e) {
      throw failure(e, mainBridge);
    }
    if (host.exitCode() != 0) {
      throw new ScriptExitException(host.exitCode());
    }
  }

  @Override
  public List<String> adviceAfter(Duration runTime) {
    return jitAdvice.after(runTime);
  }

  /**
   * Stops the run's code by interrupting its contexts, which stay usable: the run's dispose hooks
   * are defined in them and run after the stop.
   */
  @Override
  public void cancel() {
    contexts.cancel();
    loop.wake();
  }

  @Override
  public void close() {
    contexts.close();
  }
}
