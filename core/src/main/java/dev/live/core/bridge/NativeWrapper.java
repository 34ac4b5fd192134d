package dev.live.core.bridge;

import java.util.Objects;

/**
 * What every adapter's wrapper of one engine value as a {@link BridgeFunction} or {@link
 * BridgeObject} holds: the engine value, and the adapter's converter that made the wrapper, which
 * converts the values crossing it and is its {@linkplain NativeValue#owner() owner}.
 *
 * <p>Adds no locking: it is as safe to use from several threads as the engine value it wraps.
 *
 * @param <B> the adapter's converter type
 * @param <V> the engine's value type
 */
public abstract class NativeWrapper<B, V> implements NativeValue {

  /** The converter that made this wrapper, its owner. */
  protected final B bridge;

  /** The engine's own value. */
  protected final V value;

  protected NativeWrapper(B bridge, V value) {
    this.bridge = Objects.requireNonNull(bridge, "bridge");
    this.value = Objects.requireNonNull(value, "value");
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
