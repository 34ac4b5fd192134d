package dev.live.core.reload;

import dev.live.core.bridge.NativeValue;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A map owned by the session rather than by an engine: {@code live.state} itself, and the copy it
 * keeps of a dict or object whose own engine value would die with its run. Every language sees it
 * as its own live dict. Thread-safe, since kept values are often touched from server threads.
 */
final class SharedMap extends AbstractMap<String, Object> implements NativeValue {

  private final Map<String, Object> entries = new LinkedHashMap<>();

  @Override
  public synchronized Object get(Object key) {
    return entries.get(key);
  }

  @Override
  public synchronized boolean containsKey(Object key) {
    return entries.containsKey(key);
  }

  @Override
  public synchronized Object put(String key, Object value) {
    return entries.put(key, Detach.detach(value));
  }

  @Override
  public synchronized Object remove(Object key) {
    return entries.remove(key);
  }

  @Override
  public synchronized int size() {
    return entries.size();
  }

  @Override
  public synchronized Set<Entry<String, Object>> entrySet() {
    // A snapshot: iterating while a server thread writes must not fail.
    return new LinkedHashSet<>(Map.copyOf(entries).entrySet());
  }

  @Override
  public Object owner() {
    return SharedMap.class;
  }

  @Override
  public Object unwrap() {
    return this;
  }
}
