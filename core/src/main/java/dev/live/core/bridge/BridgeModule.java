package dev.live.core.bridge;

import java.nio.file.Path;
import java.util.Set;

/**
 * A module as {@code use} returns it: the top-level names of one evaluated file, less the injected
 * {@code use} and {@code live}. Values are read on demand and returned as bridge values.
 */
public interface BridgeModule {

  /** The module name: the file name without its extension. */
  String name();

  /** The file the module was evaluated from. */
  Path file();

  /** Its top-level names. */
  Set<String> names();

  /** The value of a top-level name as a bridge value, or null when absent. */
  Object get(String name);

  /** True when {@code name} is one of {@link #names()}. */
  default boolean has(String name) {
    return names().contains(name);
  }
}
