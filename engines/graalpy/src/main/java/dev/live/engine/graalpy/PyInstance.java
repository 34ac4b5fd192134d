package dev.live.engine.graalpy;

import dev.live.engine.truffle.GuestObject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A live view of a Python 3 object (a class instance, a module): attributes read and written in
 * place, methods returned bound to the object.
 */
final class PyInstance extends GuestObject<PyBridge> {

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
  public Object get(String name) {
    try {
      return value.hasMember(name) ? bridge.toBridge(value.getMember(name)) : null;
    } catch (PolyglotException e) {
      throw bridge.error(e);
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
