package dev.live.engine.jsr223;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.engine.ModuleUse;
import java.util.List;
import java.util.Objects;

/**
 * The {@code use(name)} every module gets, bound to that module's file. A language with a {@link
 * ValueConverter} turns it into one of its own functions; otherwise scripts call {@link
 * #load(Object)} on it, or a prelude wraps it.
 */
public final class UseFunction implements BridgeFunction {

  private final ModuleUse use;
  private final ValueConverter values;

  UseFunction(ModuleUse use, ValueConverter values) {
    this.use = Objects.requireNonNull(use, "use");
    this.values = Objects.requireNonNull(values, "values");
  }

  @Override
  public Object call(List<Object> arguments) {
    return use.call(arguments);
  }

  /** {@code use(name)} for scripts that call Java methods: the module as the engine's value. */
  public Object load(Object name) {
    return values.toEngine(use.load(values.toBridge(name)));
  }

  @Override
  public String toString() {
    return use.toString();
  }
}
