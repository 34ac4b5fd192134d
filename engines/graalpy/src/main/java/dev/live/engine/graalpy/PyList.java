package dev.live.engine.graalpy;

import dev.live.core.bridge.NativeListView;
import org.graalvm.polyglot.Value;

/** A live view of a Python list or tuple: reads and writes go to it. */
final class PyList extends NativeListView<PyBridge, Value> implements PyNative {

  PyList(PyBridge bridge, Value list) {
    super(bridge, list);
  }

  @Override
  public Object get(int index) {
    checkIndex(index, size());
    return bridge.toBridge(value.getArrayElement(index));
  }

  @Override
  protected void replace(int index, Object element) {
    value.setArrayElement(index, bridge.toPython(element));
  }

  @Override
  public void add(int index, Object element) {
    value.invokeMember("insert", index, bridge.toPython(element));
  }

  @Override
  public Object remove(int index) {
    checkIndex(index, size());
    return bridge.toBridge(value.invokeMember("pop", index));
  }

  @Override
  public int size() {
    return (int) value.getArraySize();
  }

  private static void checkIndex(int index, int size) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " out of range for length " + size);
    }
  }
}
