package dev.live.engine.js;

import dev.live.engine.truffle.GuestList;
import org.graalvm.polyglot.Value;

/** A live view of a JavaScript array: reads and writes go to the array. */
final class JsList extends GuestList<JsBridge> {

  JsList(JsBridge bridge, Value array) {
    super(bridge, array);
  }

  @Override
  public void add(int index, Object element) {
    if (index == size()) {
      value.setArrayElement(index, bridge.toGuest(element));
    } else {
      checkIndex(index, size());
      value.invokeMember("splice", index, 0, bridge.toGuest(element));
    }
  }

  @Override
  public Object remove(int index) {
    Object previous = get(index);
    value.invokeMember("splice", index, 1);
    return previous;
  }
}
