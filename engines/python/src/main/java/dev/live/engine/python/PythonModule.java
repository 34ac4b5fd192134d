package dev.live.engine.python;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.bridge.NativeWrapper;
import dev.live.core.engine.ModuleGlobals;
import dev.live.core.engine.SourceFile;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.python.core.PyModule;
import org.python.core.PyObject;

/** A Python module: its public top-level names, as {@code from m import *} would take them. */
final class PythonModule extends NativeWrapper<PythonBridge, PyModule> implements BridgeModule {

  private final PyObject globals;
  private final SourceFile source;
  private final Set<String> hidden;

  PythonModule(PythonBridge bridge, PyModule module, PyObject globals, SourceFile source) {
    this(bridge, module, globals, source, ModuleGlobals.ALWAYS);
  }

  /**
   * @param hidden the names live injected (see {@link ModuleGlobals}), left out of the exports
   */
  PythonModule(
      PythonBridge bridge,
      PyModule module,
      PyObject globals,
      SourceFile source,
      Set<String> hidden) {
    super(bridge, module);
    this.globals = globals;
    this.source = source;
    this.hidden = Set.copyOf(hidden);
  }

  @Override
  public String name() {
    return source != null ? source.moduleName() : value.__findattr__("__name__").toString();
  }

  @Override
  public Path file() {
    if (source != null) {
      return source.path();
    }
    PyObject file = value.__findattr__("__file__");
    return file == null ? Path.of(name()) : Path.of(file.toString());
  }

  @Override
  public Set<String> keys() {
    Set<String> names = new LinkedHashSet<>();
    for (PyObject key : globals.asIterable()) {
      String name = key.toString();
      if (!name.startsWith("_") && !hidden.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  @Override
  public Object get(String name) {
    if (name.startsWith("_") || hidden.contains(name)) {
      return null;
    }
    return bridge.toBridge(globals.__finditem__(name));
  }

  @Override
  public String toString() {
    return "<module '" + name() + "'>";
  }
}
