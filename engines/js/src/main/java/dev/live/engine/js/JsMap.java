package dev.live.engine.js;

import dev.live.core.bridge.NativeMapView;
import java.util.List;
import org.graalvm.polyglot.Value;

/** A live view of a plain JavaScript object as a map from its keys to bridge values. */
final class JsMap extends NativeMapView<String> implements JsNative {

  private final JsBridge bridge;
  private final Value object;

  JsMap(JsBridge bridge, Value object) {
    this.bridge = bridge;
    this.object = object;
  }

  @Override
  public Object get(Object key) {
    return key instanceof String name && object.hasMember(name)
        ? bridge.toBridge(object.getMember(name))
        : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && object.hasMember(name);
  }

  @Override
  public Object put(String key, Object value) {
    Object previous = get(key);
    object.putMember(key, bridge.toJs(value));
    return previous;
  }

  @Override
  public Object remove(Object key) {
    Object previous = get(key);
    if (key instanceof String name) {
      object.removeMember(name);
    }
    return previous;
  }

  @Override
  public int size() {
    return object.getMemberKeys().size();
  }

  @Override
  protected List<String> keySnapshot() {
    return List.copyOf(object.getMemberKeys());
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

  @Override
  public JsBridge bridge() {
    return bridge;
  }

  @Override
  public Value value() {
    return object;
  }
}
