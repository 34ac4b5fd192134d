package dev.live.core.bridge;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * What every adapter's live list view of an engine's list shares: the engine value, the converter
 * that made the view and {@linkplain NativeValue#owner() owns} it, and {@link #set} as a read of
 * the old element then a {@link #replace}. An adapter supplies {@code get}, {@code add}, {@code
 * remove}, {@code size} and {@code replace}, each reading or writing the engine's list.
 *
 * <p>Adds no locking: it is as safe to use from several threads as the engine value it wraps.
 *
 * @param <B> the adapter's converter type
 * @param <V> the engine's value type
 */
public abstract class NativeListView<B, V> extends AbstractList<Object>
    implements NativeValue, RandomAccess {

  /** The converter that made this view, its owner. */
  protected final B bridge;

  /** The engine's own list. */
  protected final V value;

  protected NativeListView(B bridge, V value) {
    this.bridge = Objects.requireNonNull(bridge, "bridge");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** Writes a bridge value at an index that {@link #get} has just checked. */
  protected abstract void replace(int index, Object element);

  @Override
  public Object set(int index, Object element) {
    Object previous = get(index);
    replace(index, element);
    return previous;
  }

  @Override
  public final Object owner() {
    return bridge;
  }

  @Override
  public final V unwrap() {
    return value;
  }
}
