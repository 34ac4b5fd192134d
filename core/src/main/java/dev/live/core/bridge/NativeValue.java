package dev.live.core.bridge;

/**
 * A bridge value that wraps a value of one engine. When it comes back to that same engine, the
 * adapter hands out the original instead of a wrapper of a wrapper, so a value that makes a round
 * trip is the very same object.
 *
 * <p>A list or map that implements this interface is a live view, which every adapter presents as
 * its own language's list or dict; any other Java collection is a Java object like the rest.
 */
public interface NativeValue {

  /** The scope the value belongs to (an engine, or a context of one); compared by identity. */
  Object owner();

  /** The engine's own value. */
  Object unwrap();

  /**
   * False when the value dies with the run that made it (a JavaScript value belongs to its run's
   * contexts, which close when the next run starts). {@code live.state} keeps a copy of such data
   * instead of the value itself.
   */
  default boolean outlivesRun() {
    return true;
  }

  /**
   * Why {@code live.state} cannot keep this value, for a value that does not {@linkplain
   * #outlivesRun() outlive its run} and is not data it can copy (a function, say). The message
   * names the language and the way out.
   */
  default String whyNotKept() {
    return "this value cannot be kept across runs: it ends with the run that made it. Keep the data"
        + " it needs in live.state and make it again in each run.";
  }
}
