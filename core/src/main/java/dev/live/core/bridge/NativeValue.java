package dev.live.core.bridge;

/**
 * A bridge value that wraps a value of one engine. When it comes back to that same engine, the
 * adapter hands out the original instead of a wrapper of a wrapper, so a value that makes a round
 * trip is the very same object.
 */
public interface NativeValue {

  /** The scope the value belongs to (an engine, or a context of one); compared by identity. */
  Object owner();

  /** The engine's own value. */
  Object unwrap();
}
