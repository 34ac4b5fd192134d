package dev.live.engine.js;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Whether a promise has settled, watched from Java: an ES module's evaluation (which a top-level
 * {@code await} leaves pending) or a dynamic import. A rejection is not swallowed: it is rethrown
 * as an unhandled rejection, so it ends the run as it would have without the watch.
 */
final class Settlement {

  private static final Source WATCH =
      Source.newBuilder(
              "js",
              "(promise, settled) => promise.then("
                  + "(value) => settled(value), (error) => { settled(); throw error; })",
              "settlement.js")
          .internal(true)
          .buildLiteral();

  private boolean settled;
  private Value value;

  private Settlement() {}

  /**
   * Starts watching {@code promise} of {@code context}. A promise settled already is seen as such
   * when this returns: GraalJS runs the promise jobs before an outermost call returns.
   *
   * @throws org.graalvm.polyglot.PolyglotException when the promise was rejected
   */
  static Settlement of(Context context, Value promise) {
    Settlement settlement = new Settlement();
    if (promise == null || !promise.hasMember("then")) {
      // Not a promise: GraalJS evaluates a module without top-level await to undefined, done.
      settlement.settled = true;
      settlement.value = promise;
      return settlement;
    }
    ProxyExecutable settled =
        arguments -> {
          settlement.settled = true;
          settlement.value = arguments.length > 0 ? arguments[0] : null;
          return null;
        };
    context.eval(WATCH).execute(promise, settled);
    return settlement;
  }

  boolean settled() {
    return settled;
  }

  /** The value the promise was fulfilled with; null before. */
  Value value() {
    return value;
  }
}
