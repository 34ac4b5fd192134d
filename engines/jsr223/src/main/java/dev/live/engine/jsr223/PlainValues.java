package dev.live.engine.jsr223;

import java.math.BigInteger;

/**
 * The value bridge of an engine without a {@link Jsr223Language}: what {@code javax.script} itself
 * defines. Numbers are normalised to the bridge's kinds; everything else, functions and modules of
 * other languages included, passes through as the Java object it is, for scripts to use through the
 * engine's Java interop (a {@link dev.live.core.bridge.BridgeFunction} is called with {@code
 * call(list)}, a module read with {@code get(name)}).
 */
public final class PlainValues implements ValueConverter {

  @Override
  public Object toBridge(Object value) {
    if (value instanceof Byte || value instanceof Short) {
      return ((Number) value).intValue();
    }
    if (value instanceof Float number) {
      return number.doubleValue();
    }
    if (value instanceof Character character) {
      return character.toString();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.bitLength() < 32 ? (Object) big.intValue() : (Object) big.longValue();
    }
    return value;
  }

  @Override
  public Object toEngine(Object value) {
    return value;
  }
}
