package dev.live.engine.graalpy;

import dev.live.core.engine.SourceFile;
import dev.live.core.engine.SourceModule;
import java.util.LinkedHashSet;
import java.util.Set;
import org.graalvm.polyglot.Value;

/** A Python 3 module: its public top-level names, as {@code from m import *} would take them. */
final class PyModule extends SourceModule {

  private final PyBridge bridge;
  private final Value globals;
  private final Set<String> hidden;

  /**
   * @param globals the module's {@code __dict__}
   * @param hidden the names live injected, left out of the exports
   */
  PyModule(SourceFile source, PyBridge bridge, Value globals, Set<String> hidden) {
    super(source);
    this.bridge = bridge;
    this.globals = globals;
    this.hidden = Set.copyOf(hidden);
  }

  @Override
  public Set<String> keys() {
    Set<String> names = new LinkedHashSet<>();
    Value keys = globals.getHashKeysIterator();
    while (keys.hasIteratorNextElement()) {
      Value key = keys.getIteratorNextElement();
      String name = key.isString() ? key.asString() : key.toString();
      if (exported(name)) {
        names.add(name);
      }
    }
    return names;
  }

  @Override
  public Object get(String name) {
    return exported(name) && globals.hasHashEntry(name)
        ? bridge.toBridge(globals.getHashValue(name))
        : null;
  }

  /** Public and not injected by live. */
  private boolean exported(String name) {
    return !name.startsWith("_") && !hidden.contains(name);
  }
}
