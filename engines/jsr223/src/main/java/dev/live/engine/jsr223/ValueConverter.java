package dev.live.engine.jsr223;

/**
 * Converts between one engine's values and bridge values (see {@link dev.live.core.bridge}). One
 * converter serves a whole session; it is the {@link dev.live.core.bridge.NativeValue#owner()} of
 * the views it hands out, so a value that returns to it is the original again.
 *
 * <p>Called on the run thread only.
 */
public interface ValueConverter {

  /**
   * An engine value as a bridge value. It receives both what the engine's bindings hold (often
   * already Java strings and numbers) and values the engine passes to a call.
   */
  Object toBridge(Object engineValue);

  /** A bridge value as something the engine can bind, pass to a function or return. */
  Object toEngine(Object bridgeValue);
}
