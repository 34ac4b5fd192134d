package dev.live.engine.truffle;

import dev.live.core.bridge.NativeListView;
import org.graalvm.polyglot.Value;

/**
 * A live view of a guest array or list: reads and writes go to it. How an element is inserted or
 * removed is the language's ({@code splice}, {@code insert}, {@code pop}).
 */
public abstract class GuestList<B extends GuestBridge> extends NativeListView<B, Value>
    implements GuestValue {

  protected GuestList(B bridge, Value list) {
    super(bridge, list);
  }

  @Override
  public Object get(int index) {
    checkIndex(index, size());
    return bridge.toBridge(value.getArrayElement(index));
  }

  @Override
  protected void replace(int index, Object element) {
    value.setArrayElement(index, bridge.toGuest(element));
  }

  @Override
  public int size() {
    return (int) value.getArraySize();
  }

  /** Throws the {@link IndexOutOfBoundsException} a Java list throws for {@code index}. */
  protected static void checkIndex(int index, int size) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " out of range for length " + size);
    }
  }
}
