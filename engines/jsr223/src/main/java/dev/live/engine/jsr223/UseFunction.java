package dev.live.engine.jsr223;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.engine.RunServices;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code use(name)} every module gets, bound to that module's file. A language with a {@link
 * ValueConverter} turns it into one of its own functions; otherwise scripts call {@link
 * #load(Object)} on it, or a prelude wraps it.
 */
public final class UseFunction implements BridgeFunction {

  private final RunServices services;
  private final Path caller;
  private final ValueConverter values;

  UseFunction(RunServices services, Path caller, ValueConverter values) {
    this.services = services;
    this.caller = caller;
    this.values = values;
  }

  @Override
  public Object call(List<Object> arguments) {
    if (arguments.size() != 1) {
      throw new IllegalArgumentException("use() takes exactly one argument, the module name");
    }
    return services.use(arguments.get(0), caller);
  }

  /** {@code use(name)} for scripts that call Java methods: the module as the engine's value. */
  public Object load(Object name) {
    return values.toEngine(services.use(values.toBridge(name), caller));
  }

  @Override
  public String toString() {
    return "<use for " + caller.getFileName() + ">";
  }
}
