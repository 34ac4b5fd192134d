package dev.live.core.bridge;

import java.util.List;

/**
 * A function that crosses between languages. Arguments and the result are bridge values: null,
 * Boolean, Integer, Long, BigInteger, Double, String, {@link List}, {@link java.util.Map}, {@link
 * BridgeFunction}, {@link BridgeModule}, or any other Java object passed through unchanged.
 */
@FunctionalInterface
public interface BridgeFunction {

  Object call(List<Object> arguments);
}
