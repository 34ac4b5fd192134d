package dev.live.core.reload;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeObject;
import dev.live.core.bridge.NativeValue;
import java.util.List;
import java.util.Map;

/**
 * Makes a value safe to keep across runs: data of a run-bound engine is copied into the session.
 */
final class Detach {

  private Detach() {}

  static Object detach(Object value) {
    if (!(value instanceof NativeValue nativeValue) || nativeValue.outlivesRun()) {
      return value;
    }
    if (value instanceof List<?> list) {
      SharedList copy = new SharedList();
      list.forEach(copy::add);
      return copy;
    }
    if (value instanceof Map<?, ?> map) {
      SharedMap copy = new SharedMap();
      map.forEach((k, v) -> copy.put(String.valueOf(k), v));
      return copy;
    }
    if (value instanceof BridgeObject object) {
      SharedMap copy = new SharedMap();
      for (String key : object.keys()) {
        Object member = object.get(key);
        if (!(member instanceof BridgeFunction)) {
          copy.put(key, member);
        }
      }
      return copy;
    }
    throw new IllegalArgumentException(nativeValue.whyNotKept());
  }
}
