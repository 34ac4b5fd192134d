package dev.live.engine.python;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.bridge.BridgeObject;
import org.python.core.Py;
import org.python.core.PyList;
import org.python.core.PyObject;

/**
 * An object of another language (a class instance or a module) in Python: members read and written
 * as attributes, live.
 */
final class ForeignObject extends PyObject implements PythonBridge.Foreign {

  private final PythonBridge bridge;
  private final BridgeObject object;

  ForeignObject(PythonBridge bridge, BridgeObject object) {
    this.bridge = bridge;
    this.object = object;
  }

  @Override
  public PyObject __findattr_ex__(String name) {
    if (!name.startsWith("__") && object.has(name)) {
      return bridge.crossing(() -> object.get(name));
    }
    return super.__findattr_ex__(name);
  }

  @Override
  public void __setattr__(String name, PyObject value) {
    bridge.crossing(
        () -> {
          object.set(name, bridge.toBridge(value));
          return null;
        });
  }

  @Override
  public void noAttributeError(String name) {
    throw Py.AttributeError(
        (object instanceof BridgeModule module
                ? "module '" + module.name() + "'"
                : "'" + object.typeName() + "' object")
            + " has no attribute '"
            + name
            + "'");
  }

  @Override
  public PyObject __dir__() {
    PyList names = new PyList();
    object.keys().stream().sorted().forEach(n -> names.append(Py.newString(n)));
    return names;
  }

  @Override
  public Object bridgeValue() {
    return object;
  }

  @Override
  public String toString() {
    if (object instanceof BridgeModule module) {
      return "<module '" + module.name() + "' from '" + module.file().getFileName() + "'>";
    }
    return "<" + object.typeName() + " object>";
  }
}
