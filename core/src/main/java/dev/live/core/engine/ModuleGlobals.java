package dev.live.core.engine;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The globals live gives every module, whatever its language: {@code use} bound to the module's
 * file, {@code live}, and the values the embedding program bound ({@link RunServices#globals()}).
 * None of them is one of the module's names: a module's exports leave out {@link #names}.
 *
 * <p>Called on the run thread, as an engine run sets up a module's fresh scope.
 */
public final class ModuleGlobals {

  /** The function that loads another module, bound to the module's own file. */
  public static final String USE = "use";

  /** The module's {@code live} object. */
  public static final String LIVE = "live";

  /** The globals every module gets, whether or not the embedding program bound any. */
  public static final Set<String> ALWAYS = Set.of(USE, LIVE);

  private ModuleGlobals() {}

  /**
   * Puts {@code use}, {@code live} and the embedding program's globals into a module's scope, in
   * that order: a global the embedding program bound under a name the engine already defined
   * replaces it.
   *
   * @param useFunction makes the module's {@code use} a function of the engine's language
   * @param toEngine the engine's conversion of a bridge value, for {@code live} and the globals
   * @param scope puts one name into the module's scope
   */
  public static <V> void bind(
      RunServices services,
      Path moduleFile,
      Function<ModuleUse, ? extends V> useFunction,
      Function<Object, ? extends V> toEngine,
      BiConsumer<String, V> scope) {
    scope.accept(USE, useFunction.apply(new ModuleUse(services, moduleFile)));
    scope.accept(LIVE, toEngine.apply(services.live(moduleFile)));
    services.globals().forEach((name, value) -> scope.accept(name, toEngine.apply(value)));
  }

  /** The names {@link #bind} puts into every module of this run, in the order it binds them. */
  public static Set<String> names(RunServices services) {
    Set<String> names = new LinkedHashSet<>(ALWAYS.size() + services.globals().size());
    names.add(USE);
    names.add(LIVE);
    names.addAll(services.globals().keySet());
    return names;
  }
}
