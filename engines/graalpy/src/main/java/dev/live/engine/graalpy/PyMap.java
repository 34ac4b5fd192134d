package dev.live.engine.graalpy;

import dev.live.core.bridge.NativeMapView;
import dev.live.engine.truffle.GuestValue;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;

/** A live view of a Python dict as a map from its keys' string forms to bridge values. */
final class PyMap extends NativeMapView<PyBridge, Value, Value> implements GuestValue {

  PyMap(PyBridge bridge, Value dict) {
    super(bridge, dict);
  }

  @Override
  public Object get(Object key) {
    Object pythonKey = bridge.toGuest(key);
    return value.hasHashEntry(pythonKey) ? bridge.toBridge(value.getHashValue(pythonKey)) : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return value.hasHashEntry(bridge.toGuest(key));
  }

  @Override
  public Object put(String key, Object element) {
    Object previous = get(key);
    value.putHashEntry(key, bridge.toGuest(element));
    return previous;
  }

  @Override
  public Object remove(Object key) {
    Object previous = get(key);
    value.removeHashEntry(bridge.toGuest(key));
    return previous;
  }

  @Override
  public int size() {
    return (int) value.getHashSize();
  }

  @Override
  protected List<Value> keySnapshot() {
    List<Value> keys = new ArrayList<>();
    Value iterator = value.getHashKeysIterator();
    while (iterator.hasIteratorNextElement()) {
      keys.add(iterator.getIteratorNextElement());
    }
    return keys;
  }

  @Override
  protected String name(Value key) {
    return key.isString() ? key.asString() : key.toString();
  }

  @Override
  protected Object valueAt(Value key) {
    return bridge.toBridge(value.getHashValue(key));
  }

  @Override
  protected void removeAt(Value key) {
    value.removeHashEntry(key);
  }
}
