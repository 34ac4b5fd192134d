package dev.live.engine.python;

import dev.live.core.bridge.BridgeObject;
import dev.live.core.bridge.NativeWrapper;
import java.util.LinkedHashSet;
import java.util.Set;
import org.python.core.PyException;
import org.python.core.PyObject;

/**
 * A live view of a Python instance: attributes read and written in place, methods returned bound to
 * the instance.
 */
final class PythonObject extends NativeWrapper<PythonBridge, PyObject> implements BridgeObject {

  PythonObject(PythonBridge bridge, PyObject object) {
    super(bridge, object);
  }

  @Override
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    for (PyObject name : value.__dir__().asIterable()) {
      String text = name.toString();
      if (!text.startsWith("_")) {
        keys.add(text);
      }
    }
    return keys;
  }

  @Override
  public boolean has(String name) {
    return value.__findattr__(name) != null;
  }

  @Override
  public Object get(String name) {
    try {
      return bridge.toBridge(value.__findattr__(name));
    } catch (PyException e) {
      throw PythonErrors.translate(e, false, bridge);
    }
  }

  @Override
  public void set(String name, Object member) {
    try {
      value.__setattr__(name, bridge.toPython(member));
    } catch (PyException e) {
      throw PythonErrors.translate(e, false, bridge);
    }
  }

  @Override
  public String typeName() {
    return value.getType().getName();
  }

  @Override
  public String toString() {
    return "<python " + typeName() + " object>";
  }
}
