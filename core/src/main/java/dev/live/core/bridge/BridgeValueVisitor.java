package dev.live.core.bridge;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * How an engine adapter makes a bridge value into a value of its language: one method per kind of
 * bridge value. {@link #dispatch} sorts a value into its kind, in the one order every adapter
 * shares, and hands a value of the adapter's own back unwrapped, so that an adapter only says what
 * each kind becomes in its language.
 *
 * <p>Called on the run thread, or on whatever thread the engine calls back into the bridge on.
 *
 * @param <R> the engine's value type
 */
public interface BridgeValueVisitor<R> {

  /**
   * An immutable value, copied: null, a Boolean, a String, or a number (Integer, Long, BigInteger,
   * Double, and the JDK's Short, Byte and Float).
   */
  R primitive(Object value);

  /** A function, method or class of another language. */
  R function(BridgeFunction function);

  /** A class instance or a module of another language. */
  R object(BridgeObject object);

  /** A live view of a list of another language. */
  R list(List<?> list);

  /** A live view of a map, dict or plain object of another language. */
  R map(Map<?, ?> map);

  /**
   * Anything else: any other Java object (including a Java collection), or a value of the engine's
   * own that was never wrapped.
   */
  R javaObject(Object value);

  /**
   * Sorts {@code value} into its kind and hands it to that method of {@code visitor}. The first
   * that applies wins: a value of {@code owner}'s, a primitive, a function, an object, a list view,
   * a map view, any other object. A value of {@code owner}'s is the engine's own value, unwrapped.
   *
   * @param owner the adapter's scope, compared by identity with {@link NativeValue#owner()}; the
   *     engine values it owns are of type {@code R}
   */
  @SuppressWarnings("unchecked")
  static <R> R dispatch(Object value, Object owner, BridgeValueVisitor<R> visitor) {
    if (value instanceof NativeValue nativeValue && nativeValue.owner() == owner) {
      return (R) nativeValue.unwrap();
    }
    if (isPrimitive(value)) {
      return visitor.primitive(value);
    }
    if (value instanceof BridgeFunction function) {
      return visitor.function(function);
    }
    if (value instanceof BridgeObject object) {
      return visitor.object(object);
    }
    // Only lists and maps of another engine are views to wrap; any other Java collection is a
    // Java object like the rest and passes through unchanged.
    if (value instanceof List<?> list && value instanceof NativeValue) {
      return visitor.list(list);
    }
    if (value instanceof Map<?, ?> map && value instanceof NativeValue) {
      return visitor.map(map);
    }
    return visitor.javaObject(value);
  }

  private static boolean isPrimitive(Object value) {
    return value == null
        || value instanceof Boolean
        || value instanceof String
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof Double
        || value instanceof Short
        || value instanceof Byte
        || value instanceof Float;
  }
}
