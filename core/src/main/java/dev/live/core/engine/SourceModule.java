package dev.live.core.engine;

import dev.live.core.bridge.BridgeModule;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A module an engine evaluated from a {@link SourceFile}: its name and file are the source's. An
 * adapter supplies the module's names and their values, read from the scope the evaluation left.
 */
public abstract class SourceModule implements BridgeModule {

  /** The file as the run read it. */
  protected final SourceFile source;

  protected SourceModule(SourceFile source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public String name() {
    return source.moduleName();
  }

  @Override
  public Path file() {
    return source.path();
  }

  /** {@code <module 'name' from path>}, the path as the user's messages show it. */
  @Override
  public String toString() {
    return "<module '" + name() + "' from " + source.displayName() + ">";
  }
}
