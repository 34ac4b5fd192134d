package dev.live.engine.js;

import dev.live.core.bridge.NativeMapView;
import dev.live.engine.truffle.GuestValue;
import java.util.List;
import org.graalvm.polyglot.Value;

/** A live view of a plain JavaScript object as a map from its keys to bridge values. */
final class JsMap extends NativeMapView<JsBridge, Value, String> implements GuestValue {

  JsMap(JsBridge bridge, Value object) {
    super(bridge, object);
  }

  @Override
  public Object get(Object key) {
    return key instanceof String name && value.hasMember(name)
        ? bridge.toBridge(value.getMember(name))
        : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && value.hasMember(name);
  }

  @Override
  public Object put(String key, Object element) {
    Object previous = get(key);
    value.putMember(key, bridge.toGuest(element));
    return previous;
  }

  @Override
  public Object remove(Object key) {
    Object previous = get(key);
    if (key instanceof String name) {
      value.removeMember(name);
    }
    return previous;
  }

  @Override
  public int size() {
    return value.getMemberKeys().size();
  }

  @Override
  protected List<String> keySnapshot() {
    return List.copyOf(value.getMemberKeys());
  }

  @Override
  protected String name(String key) {
    return key;
  }

  @Override
  protected Object valueAt(String key) {
    return get(key);
  }

  @Override
  protected void removeAt(String key) {
    remove(key);
  }
}
