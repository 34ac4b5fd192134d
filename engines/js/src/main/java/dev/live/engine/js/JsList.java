package dev.live.engine.js;

import dev.live.core.bridge.NativeListView;
import org.graalvm.polyglot.Value;

/** A live view of a JavaScript array: reads and writes go to the array. */
final class JsList extends NativeListView<JsBridge, Value> implements JsNative {

  JsList(JsBridge bridge, Value array) {
    super(bridge, array);
  }

  @Override
  public Object get(int index) {
    checkIndex(index, size());
    return bridge.toBridge(value.getArrayElement(index));
  }

  @Override
  protected void replace(int index, Object element) {
    value.setArrayElement(index, bridge.toJs(element));
  }

  @Override
  public void add(int index, Object element) {
    if (index == size()) {
      value.setArrayElement(index, bridge.toJs(element));
    } else {
      checkIndex(index, size());
      value.invokeMember("splice", index, 0, bridge.toJs(element));
    }
  }

  @Override
  public Object remove(int index) {
    Object previous = get(index);
    value.invokeMember("splice", index, 1);
    return previous;
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
