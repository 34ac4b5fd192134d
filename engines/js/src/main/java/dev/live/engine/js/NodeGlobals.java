package dev.live.engine.js;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Node's globals in a fresh context: {@code node-inspect.js} (util.inspect and util.format) and
 * {@code node-globals.js} (timers, console, process, fetch and the rest), both evaluated as
 * internal sources so that their frames stay out of a script's error trace. The sources are parsed
 * once per engine: every context evaluates the same {@link Source} objects.
 *
 * <p>Node's built-in modules these files provide ({@code timers}, {@code timers/promises}, {@code
 * util}'s inspect and format) are found through the global function under {@code
 * Symbol.for('live.node.builtin')}, which takes a module name and returns the module or undefined.
 */
final class NodeGlobals {

  private static final Source INSPECT = internal("node-inspect.js");
  private static final Source GLOBALS = internal("node-globals.js");

  /** True for a value of another language or of Java, which inspect shows by its members. */
  private static final ProxyExecutable IS_FOREIGN =
      arguments -> arguments[0].isProxyObject() || arguments[0].isHostObject();

  private NodeGlobals() {}

  /**
   * Installs the globals in {@code context}.
   *
   * @return the function that binds them to a run's {@link NodeHost}
   */
  static Value install(Context context) {
    ProxyExecutable loadInspect = arguments -> context.eval(INSPECT).execute(IS_FOREIGN);
    return context.eval(GLOBALS).execute(loadInspect);
  }

  private static Source internal(String name) {
    try (InputStream in = NodeGlobals.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the JavaScript engine's jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Source.newBuilder("js", text, name).internal(true).buildLiteral();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
