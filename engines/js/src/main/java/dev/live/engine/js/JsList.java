package dev.live.engine.js;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.graalvm.polyglot.Value;

/** A live view of a JavaScript array: reads and writes go to the array. */
final class JsList extends AbstractList<Object> implements JsNative, RandomAccess {

  private final JsBridge bridge;
  private final Value array;

  JsList(JsBridge bridge, Value array) {
    this.bridge = bridge;
    this.array = array;
  }

  @Override
  public Object get(int index) {
    checkIndex(index, size());
    return bridge.toBridge(array.getArrayElement(index));
  }

  @Override
  public Object set(int index, Object element) {
    Object previous = get(index);
    array.setArrayElement(index, bridge.toJs(element));
    return previous;
  }

  @Override
  public void add(int index, Object element) {
    if (index == size()) {
      array.setArrayElement(index, bridge.toJs(element));
    } else {
      checkIndex(index, size());
      array.invokeMember("splice", index, 0, bridge.toJs(element));
    }
  }

  @Override
  public Object remove(int index) {
    Object previous = get(index);
    array.invokeMember("splice", index, 1);
    return previous;
  }

  @Override
  public int size() {
    return (int) array.getArraySize();
  }

  private static void checkIndex(int index, int size) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " out of range for length " + size);
    }
  }

  @Override
  public JsBridge bridge() {
    return bridge;
  }

  @Override
  public Value value() {
    return array;
  }
}
