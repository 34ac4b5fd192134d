package dev.live.engine.truffle;

import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Converts between one context's guest values and bridge values. A polyglot {@link Value} belongs
 * to its context, so every context has its own bridge; a value that comes back to the context it
 * came from is handed out as the original.
 *
 * <p>Primitives cross as Java values, and what stands for another language's value ({@link
 * BridgedValue}) as that value; an engine says how its other values cross as live views ({@link
 * #view}) and how bridge values arrive in its language ({@link #toGuest}).
 */
public abstract class GuestBridge {

  private final Runnable awaitStopped;

  /**
   * @param awaitStopped called before another language calls into the context: returns once a stop
   *     of the run in progress has finished
   */
  protected GuestBridge(Runnable awaitStopped) {
    this.awaitStopped = awaitStopped;
  }

  /** Another language is about to call into this context. */
  public final void calling() {
    awaitStopped.run();
  }

  /** A guest value as a bridge value. */
  public final Object toBridge(Value value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isString()) {
      return value.asString();
    }
    if (value.isNumber()) {
      return number(value);
    }
    if (value.isHostObject()) {
      return unwrapped(value.asHostObject());
    }
    if (value.isProxyObject()) {
      return unwrapped(value.asProxyObject());
    }
    return view(value);
  }

  private static Object unwrapped(Object held) {
    return held instanceof BridgedValue bridged ? bridged.bridgeValue() : held;
  }

  /** A guest number as the smallest of Integer, Long, BigInteger that holds it, else a Double. */
  protected Object number(Value value) {
    if (value.fitsInInt()) {
      return value.asInt();
    }
    if (value.fitsInLong()) {
      return value.asLong();
    }
    if (value.fitsInBigInteger()) {
      return value.asBigInteger();
    }
    return value.asDouble();
  }

  /** A guest value that is no primitive, proxy or host object: a live view, or its string form. */
  protected abstract Object view(Value value);

  /** A bridge value as something the guest can use: a primitive, a stand-in, or its own value. */
  public abstract Object toGuest(Object value);

  /** The error a guest exception is to the other languages, raised in this context. */
  public abstract RuntimeException error(PolyglotException e);

  /** Guest arguments from {@code from} on, as bridge values. */
  public final List<Object> toBridgeArguments(Value[] arguments, int from) {
    List<Object> converted = new ArrayList<>(arguments.length);
    for (int i = from; i < arguments.length; i++) {
      converted.add(toBridge(arguments[i]));
    }
    return converted;
  }

  /** Bridge arguments as guest values. */
  public final Object[] toGuestArguments(List<Object> arguments) {
    Object[] converted = new Object[arguments.size()];
    for (int i = 0; i < converted.length; i++) {
      converted[i] = toGuest(arguments.get(i));
    }
    return converted;
  }
}
