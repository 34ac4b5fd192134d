package dev.live.engine.python;

import dev.live.core.bridge.BridgeModule;
import org.python.core.Py;
import org.python.core.PyList;
import org.python.core.PyObject;

/** A module of another language: its top-level names read as attributes. */
final class ForeignModule extends PyObject implements PythonBridge.Foreign {

  private final PythonBridge bridge;
  private final BridgeModule module;

  ForeignModule(PythonBridge bridge, BridgeModule module) {
    this.bridge = bridge;
    this.module = module;
  }

  @Override
  public PyObject __findattr_ex__(String name) {
    if (module.has(name)) {
      return bridge.toPython(module.get(name));
    }
    return super.__findattr_ex__(name);
  }

  @Override
  public void noAttributeError(String name) {
    throw Py.AttributeError("module '" + module.name() + "' has no attribute '" + name + "'");
  }

  @Override
  public PyObject __dir__() {
    PyList names = new PyList();
    module.names().stream().sorted().forEach(n -> names.append(Py.newString(n)));
    return names;
  }

  @Override
  public Object bridgeValue() {
    return module;
  }

  @Override
  public String toString() {
    return "<module '" + module.name() + "' from '" + module.file().getFileName() + "'>";
  }
}
