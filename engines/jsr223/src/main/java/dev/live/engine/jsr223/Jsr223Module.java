package dev.live.engine.jsr223;

import dev.live.core.engine.SourceFile;
import dev.live.core.engine.SourceModule;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.script.Bindings;

/**
 * A module evaluated by a JSR-223 engine: the names its evaluation left in its engine-scope
 * bindings, less those bound before it ran ({@code use}, {@code live}, the file name, what the
 * prelude defined). Read live, so a function the module defines later in a callback shows up.
 */
final class Jsr223Module extends SourceModule {

  private final Bindings bindings;
  private final Set<String> injected;
  private final ValueConverter values;

  Jsr223Module(SourceFile source, Bindings bindings, Set<String> injected, ValueConverter values) {
    super(source);
    this.bindings = bindings;
    this.injected = Set.copyOf(injected);
    this.values = values;
  }

  private boolean exported(String name) {
    // Engine conventions ("javax.script.filename", "context") are never script names.
    return !injected.contains(name) && !name.contains(".") && !name.equals("context");
  }

  @Override
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    for (String name : bindings.keySet()) {
      if (exported(name)) {
        keys.add(name);
      }
    }
    return keys;
  }

  @Override
  public boolean has(String name) {
    return exported(name) && bindings.containsKey(name);
  }

  @Override
  public Object get(String name) {
    return exported(name) ? values.toBridge(bindings.get(name)) : null;
  }

  @Override
  public String toString() {
    return "<module '" + name() + "'>";
  }
}
