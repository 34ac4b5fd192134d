package dev.live.engine.js;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.graalvm.polyglot.Value;

/** A live view of a plain JavaScript object as a map from its keys to bridge values. */
final class JsMap extends AbstractMap<String, Object> implements JsNative {

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
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        Iterator<String> keys = List.copyOf(object.getMemberKeys()).iterator();
        return new Iterator<>() {
          private String last;

          @Override
          public boolean hasNext() {
            return keys.hasNext();
          }

          @Override
          public Entry<String, Object> next() {
            last = keys.next();
            return new SimpleEntry<>(last, get(last));
          }

          @Override
          public void remove() {
            JsMap.this.remove(last);
          }
        };
      }

      @Override
      public int size() {
        return object.getMemberKeys().size();
      }
    };
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
