package dev.live.core.bridge;

import java.util.List;

/**
 * A function, method or class that crosses between languages. Arguments and results are bridge
 * values: null, Boolean, Integer, Long, BigInteger, Double, String, a live {@link List} or {@link
 * java.util.Map} view, {@link BridgeFunction}, {@link BridgeObject}, {@link BridgeModule}, or any
 * other Java object, passed through unchanged.
 */
@FunctionalInterface
public interface BridgeFunction {

  /** Calls it; a method is already bound to its object. */
  Object call(List<Object> arguments);

  /** Creates an instance, as {@code new F(...)} does in JavaScript and {@code F(...)} in Python. */
  default Object construct(List<Object> arguments) {
    return call(arguments);
  }

  /** True for a class, which can only be constructed, not called. */
  default boolean isClass() {
    return false;
  }
}
