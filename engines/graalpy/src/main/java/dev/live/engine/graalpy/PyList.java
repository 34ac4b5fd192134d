package dev.live.engine.graalpy;

import dev.live.engine.truffle.GuestList;
import org.graalvm.polyglot.Value;

/** A live view of a Python list or tuple: reads and writes go to it. */
final class PyList extends GuestList<PyBridge> {

  PyList(PyBridge bridge, Value list) {
    super(bridge, list);
  }

  @Override
  public void add(int index, Object element) {
    value.invokeMember("insert", index, bridge.toGuest(element));
  }

  @Override
  public Object remove(int index) {
    checkIndex(index, size());
    return bridge.toBridge(value.invokeMember("pop", index));
  }
}
