package dev.live.core.engine;

import dev.live.core.bridge.BridgeFunction;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The {@code use(name)} of one module: loads another module as seen from this module's file,
 * through {@link RunServices#use}. {@link ModuleGlobals#bind} makes one for every module; an
 * adapter turns it into a function of its language, which reports the errors of {@link #load} in
 * that language's terms.
 *
 * <p>Called on the run thread, like every call a script makes.
 */
public final class ModuleUse implements BridgeFunction {

  /** What a call with other than one argument is told. */
  public static final String ONE_ARGUMENT = "use() takes exactly one argument, the module name";

  private final RunServices services;
  private final Path caller;

  public ModuleUse(RunServices services, Path caller) {
    this.services = Objects.requireNonNull(services, "services");
    this.caller = Objects.requireNonNull(caller, "caller");
  }

  /**
   * The module {@code name} names, as a bridge value.
   *
   * @throws dev.live.core.modules.ModuleNotFoundException when no file matches
   * @throws dev.live.core.modules.ModuleCycleException when the module is still being loaded
   * @throws IllegalArgumentException when {@code name} is not a module name
   * @throws ScriptFailedException when the module fails while it is evaluated
   */
  public Object load(Object name) {
    return services.use(name, caller);
  }

  /** {@code use(name)} called from another language: exactly one argument. */
  @Override
  public Object call(List<Object> arguments) {
    if (arguments.size() != 1) {
      throw new IllegalArgumentException(ONE_ARGUMENT);
    }
    return load(arguments.get(0));
  }

  @Override
  public String toString() {
    return "<use for " + caller.getFileName() + ">";
  }
}
