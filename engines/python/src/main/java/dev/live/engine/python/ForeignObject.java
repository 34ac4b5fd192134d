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
final class ForeignObject extends ForeignValue<BridgeObject> {

  ForeignObject(PythonBridge bridge, BridgeObject object) {
    super(bridge, object);
  }

  @Override
  public PyObject __findattr_ex__(String name) {
    if (!name.startsWith("__") && foreign.has(name)) {
      return bridge.crossing(() -> foreign.get(name));
    }
    return super.__findattr_ex__(name);
  }

  @Override
  public void __setattr__(String name, PyObject value) {
    bridge.crossing(() -> foreign.set(name, bridge.toBridge(value)));
  }

  @Override
  public void noAttributeError(String name) {
    throw Py.AttributeError(
        (foreign instanceof BridgeModule module
                ? "module '" + module.name() + "'"
                : "'" + foreign.typeName() + "' object")
            + " has no attribute '"
            + name
            + "'");
  }

  @Override
  public PyObject __dir__() {
    PyList names = new PyList();
    foreign.keys().stream().sorted().forEach(n -> names.append(Py.newString(n)));
    return names;
  }

  @Override
  public String toString() {
    if (foreign instanceof BridgeModule module) {
      return "<module '" + module.name() + "' from '" + module.file().getFileName() + "'>";
    }
    return "<" + foreign.typeName() + " object>";
  }
}
