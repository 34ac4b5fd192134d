package dev.live.engine.graalpy;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeObject;
import dev.live.core.bridge.BridgeValueVisitor;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Bridge values as one run's Python sees them: values of other languages become the loader's
 * wrappers ({@code ForeignFunction}, {@code ForeignObject}, {@code ForeignList}, {@code
 * ForeignDict}); primitives and Java objects pass as they are.
 */
final class PyValues implements BridgeValueVisitor<Object> {

  private final PyBridge bridge;

  PyValues(PyBridge bridge) {
    this.bridge = bridge;
  }

  @Override
  public Object primitive(Object value) {
    if (value == null) {
      // A Java null would arrive as GraalPy's ForeignNone, which is not None.
      return bridge.loader("NONE");
    }
    if (value instanceof BigInteger number) {
      return number.bitLength() < 64
          ? (Object) number.longValue()
          : bridge.loader("big_int").execute(number.toString());
    }
    return value;
  }

  @Override
  public Object function(BridgeFunction function) {
    return bridge.loader("ForeignFunction").execute(new ForeignHandles.Call(bridge, function));
  }

  @Override
  public Object object(BridgeObject object) {
    return bridge.loader("ForeignObject").execute(new ForeignHandles.Members(bridge, object));
  }

  @Override
  public Object list(List<?> list) {
    return bridge.loader("ForeignList").execute(new ForeignHandles.Items(bridge, list));
  }

  @Override
  public Object map(Map<?, ?> map) {
    return bridge.loader("ForeignDict").execute(new ForeignHandles.Entries(bridge, map));
  }

  @Override
  public Object javaObject(Object value) {
    return value;
  }
}
