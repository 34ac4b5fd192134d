package dev.live.engine.graalpy;

import dev.live.core.bridge.BridgeObject;
import dev.live.core.bridge.NativeWrapper;
import java.util.LinkedHashSet;
import java.util.Set;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A live view of a Python 3 object (a class instance, a module): attributes read and written in
 * place, methods returned bound to the object.
 */
final class PyInstance extends NativeWrapper<PyBridge, Value> implements BridgeObject, PyNative {

  PyInstance(PyBridge bridge, Value object) {
    super(bridge, object);
  }

  @Override
  public Set<String> keys() {
    Set<String> names = new LinkedHashSet<>();
    for (String name : value.getMemberKeys()) {
      if (!name.startsWith("_")) {
        names.add(name);
      }
    }
    return names;
  }

  @Override
  public boolean has(String name) {
    return value.hasMember(name);
  }

  @Override
  public Object get(String name) {
    try {
      return value.hasMember(name) ? bridge.toBridge(value.getMember(name)) : null;
    } catch (PolyglotException e) {
      throw PyErrors.translate(e, false, bridge);
    }
  }

  @Override
  public void set(String name, Object member) {
    try {
      value.putMember(name, bridge.toPython(member));
    } catch (PolyglotException e) {
      throw PyErrors.translate(e, false, bridge);
    }
  }

  @Override
  public String typeName() {
    Value type = value.getMetaObject();
    return type == null ? "object" : type.getMetaSimpleName();
  }

  @Override
  public String toString() {
    return "<python3 " + typeName() + " object>";
  }
}
