package dev.live.core.bridge;

import java.nio.file.Path;

/**
 * A module as {@code use} returns it: the top-level names of one evaluated file, less the injected
 * {@code use} and {@code live}. Values are read on demand. Modules are read-only to other modules.
 */
public interface BridgeModule extends BridgeObject {

  /** The module name: the file name without its extension. */
  String name();

  /** The file the module was evaluated from. */
  Path file();

  @Override
  default boolean has(String name) {
    return keys().contains(name);
  }

  @Override
  default void set(String name, Object value) {
    throw new UnsupportedOperationException(
        "module '" + name() + "' is read-only: set '" + name + "' in " + file().getFileName());
  }

  @Override
  default String typeName() {
    return "module";
  }
}
