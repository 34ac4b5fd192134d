package dev.live.core.bridge;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What every adapter's live map view of an engine's map, dict or plain object shares: the engine
 * value, the converter that made the view and {@linkplain NativeValue#owner() owns} it, and the
 * iteration: a snapshot of the engine value's keys, each entry read through the bridge when
 * reached, {@code remove} through the iterator deleting that key in the engine. An adapter supplies
 * the keys in its own type, their names, and one key's value and removal; {@link #size()} must come
 * from the engine value too.
 *
 * <p>Adds no locking: it is as safe to use from several threads as the engine value it wraps.
 *
 * @param <B> the adapter's converter type
 * @param <V> the engine's value type
 * @param <K> the engine's own key type
 */
public abstract class NativeMapView<B, V, K> extends AbstractMap<String, Object>
    implements NativeValue {

  /** The converter that made this view, its owner. */
  protected final B bridge;

  /** The engine's own value. */
  protected final V value;

  protected NativeMapView(B bridge, V value) {
    this.bridge = Objects.requireNonNull(bridge, "bridge");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The value's keys as they stand now, copied: the map may change while they are iterated. */
  protected abstract List<K> keySnapshot();

  /** The bridge name of an engine key: its string form. */
  protected abstract String name(K key);

  /** The bridge value at an engine key. */
  protected abstract Object valueAt(K key);

  /** Deletes an engine key from the value. */
  protected abstract void removeAt(K key);

  @Override
  public abstract int size();

  @Override
  public final Object owner() {
    return bridge;
  }

  @Override
  public final V unwrap() {
    return value;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        Iterator<K> keys = keySnapshot().iterator();
        return new Iterator<>() {
          private K last;

          @Override
          public boolean hasNext() {
            return keys.hasNext();
          }

          @Override
          public Entry<String, Object> next() {
            last = keys.next();
            return new SimpleEntry<>(name(last), valueAt(last));
          }

          @Override
          public void remove() {
            removeAt(last);
          }
        };
      }

      @Override
      public int size() {
        return NativeMapView.this.size();
      }
    };
  }
}
