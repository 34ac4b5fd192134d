package dev.live.engine.js;

import dev.live.engine.truffle.ContextPool;
import dev.live.engine.truffle.FreshContext;
import dev.live.engine.truffle.TruffleEngines;
import java.util.HashSet;
import java.util.Set;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Makes the JavaScript contexts a {@link ContextPool} keeps ready: building a context and its
 * global object is most of the cost of a module's first line (a tenth of a second for the first
 * context of a session, milliseconds later). Runs on the pool's thread alone.
 */
final class ContextMaker {

  /**
   * A context ready for a module, with its file system, the names its global object has, and the
   * function that binds its Node globals to a run's {@link NodeHost}.
   */
  record Fresh(Context context, ImportRecorder files, Set<String> builtins, Value attach)
      implements FreshContext {}

  /**
   * An error thrown out to Java and translated as the runner reports it: GraalJS and Truffle
   * initialise their error classes the first time, and on an almost full stack (an error made or
   * reported in a deep recursion) that fails for the rest of the JVM.
   */
  private static final String FIRST_ERROR = "throw new TypeError('first')";

  /** The same for a Java exception crossing JavaScript, caught there and then let through. */
  private static final String FIRST_HOST_ERROR =
      "(f) => { try { f(); } catch (e) { String(e); } f(); }";

  private final Engine engine;
  private boolean errorsInitialised;

  private ContextMaker(Engine engine) {
    this.engine = engine;
  }

  /** The pool of JavaScript contexts of {@code engine}, one per module of a run. */
  static ContextPool<Fresh> pool(Engine engine) {
    return new ContextPool<>("JavaScript", "live-js-context", new ContextMaker(engine)::make);
  }

  private Fresh make() {
    ImportRecorder files = new ImportRecorder();
    Context context =
        TruffleEngines.contextBuilder(engine, "js", files)
            // Node's globals that GraalJS has built in; NodeGlobals adds the rest.
            .option("js.text-encoding", "true")
            .option("js.performance", "true")
            .option("js.global-property", "true")
            .option("js.stack-trace-api", "true")
            // Bare imports reach ImportRecorder next to their importer, to resolve as Node does.
            .option("js.esm-bare-specifier-relative-lookup", "true")
            // As in Node, a rejection nobody handles is an error that ends the run.
            .option("js.unhandled-rejections", "throw")
            // A function is translated when first called, not when its file is parsed: a cold
            // start translates only what runs (see docs/performance.md).
            .allowExperimentalOptions(true)
            .option("js.lazy-translation", "true")
            // `import defer` (staging only): require() of an ES module evaluates it synchronously
            // and its error is catchable there, as in Node 22 (see LoaderHost.evaluateEsModule).
            .option("js.ecmascript-version", "staging")
            .build();
    if (!errorsInitialised) {
      // On the pool's thread, whose stack is nearly empty; the flag is that thread's alone.
      initialiseErrors(context);
      errorsInitialised = true;
    }
    Value attach = NodeGlobals.install(context);
    // Reading the global object's names builds the global object: the costly part.
    Set<String> builtins = new HashSet<>(context.getBindings("js").getMemberKeys());
    return new Fresh(context, files, Set.copyOf(builtins), attach);
  }

  /** Throws {@link #FIRST_ERROR} in {@code context}, which leaves no name behind. */
  private static void initialiseErrors(Context context) {
    JsBridge bridge = new JsBridge(context, () -> {});
    try {
      context.eval("js", FIRST_ERROR);
    } catch (PolyglotException e) {
      JsErrors.translate(e, false, bridge);
    }
    // A Java exception crossing JavaScript, caught there and then let through to Java: the path
    // an error of another language's function takes.
    ProxyExecutable hostError =
        arguments -> {
          throw new IllegalStateException("first host error");
        };
    try {
      context.eval("js", FIRST_HOST_ERROR).execute(hostError);
    } catch (PolyglotException e) {
      JsErrors.translate(e, false, bridge);
    }
  }
}
