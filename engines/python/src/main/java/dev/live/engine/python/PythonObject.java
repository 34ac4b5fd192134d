package dev.live.engine.python;

import dev.live.core.bridge.BridgeObject;
import dev.live.core.bridge.NativeValue;
import java.util.LinkedHashSet;
import java.util.Set;
import org.python.core.PyException;
import org.python.core.PyObject;

/**
 * A live view of a Python instance: attributes read and written in place, methods returned bound to
 * the instance.
 */
final class PythonObject implements BridgeObject, NativeValue {

  private final PythonBridge bridge;
  private final PyObject object;

  PythonObject(PythonBridge bridge, PyObject object) {
    this.bridge = bridge;
    this.object = object;
  }

  @Override
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    for (PyObject name : object.__dir__().asIterable()) {
      String text = name.toString();
      if (!text.startsWith("_")) {
        keys.add(text);
      }
    }
    return keys;
  }

  @Override
  public boolean has(String name) {
    return object.__findattr__(name) != null;
  }

  @Override
  public Object get(String name) {
    try {
      return bridge.toBridge(object.__findattr__(name));
    } catch (PyException e) {
      throw PythonErrors.translate(e, false, bridge);
    }
  }

  @Override
  public void set(String name, Object value) {
    try {
      object.__setattr__(name, bridge.toPython(value));
    } catch (PyException e) {
      throw PythonErrors.translate(e, false, bridge);
    }
  }

  @Override
  public String typeName() {
    return object.getType().getName();
  }

  @Override
  public Object owner() {
    return bridge;
  }

  @Override
  public Object unwrap() {
    return object;
  }

  @Override
  public String toString() {
    return "<python " + typeName() + " object>";
  }
}
