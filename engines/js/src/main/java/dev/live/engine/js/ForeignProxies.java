package dev.live.engine.js;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeObject;
import dev.live.core.bridge.BridgeValueVisitor;
import dev.live.engine.truffle.BridgedValue;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyInstantiable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * Bridge values as one context's JavaScript sees them: values of other languages become live
 * proxies, which GraalJS uses without host access; primitives and Java objects pass as they are,
 * save integers too large for a JavaScript number, which become BigInts.
 */
final class ForeignProxies implements BridgeValueVisitor<Object> {

  /** Integers beyond this magnitude lose precision as JavaScript numbers and become BigInts. */
  private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private final JsBridge bridge;

  ForeignProxies(JsBridge bridge) {
    this.bridge = bridge;
  }

  @Override
  public Object primitive(Object value) {
    if (value instanceof Long number && Math.abs(number) > MAX_SAFE_INTEGER) {
      return bridge.bigInt(BigInteger.valueOf(number));
    }
    if (value instanceof BigInteger number) {
      return number.bitLength() <= 53 ? (Object) number.longValue() : bridge.bigInt(number);
    }
    return value;
  }

  @Override
  public Object function(BridgeFunction function) {
    return new FunctionProxy(function);
  }

  @Override
  public Object object(BridgeObject object) {
    return new ObjectProxy(object);
  }

  @Override
  public Object list(List<?> list) {
    return new ListProxy(list);
  }

  @Override
  public Object map(Map<?, ?> map) {
    return new MapProxy(map);
  }

  @Override
  public Object javaObject(Object value) {
    return value;
  }

  private final class FunctionProxy implements ProxyExecutable, ProxyInstantiable, BridgedValue {
    private final BridgeFunction function;

    FunctionProxy(BridgeFunction function) {
      this.function = function;
    }

    @Override
    public Object execute(Value... arguments) {
      return bridge.crossing(() -> function.call(bridge.toBridgeArguments(arguments, 0)));
    }

    @Override
    public Object newInstance(Value... arguments) {
      return bridge.crossing(() -> function.construct(bridge.toBridgeArguments(arguments, 0)));
    }

    @Override
    public Object bridgeValue() {
      return function;
    }
  }

  private final class ObjectProxy implements ProxyObject, BridgedValue {
    private final BridgeObject object;

    ObjectProxy(BridgeObject object) {
      this.object = object;
    }

    @Override
    public Object getMember(String key) {
      return bridge.crossing(() -> object.get(key));
    }

    @Override
    public Object getMemberKeys() {
      return ProxyArray.fromArray(object.keys().toArray());
    }

    @Override
    public boolean hasMember(String key) {
      return object.has(key);
    }

    @Override
    public void putMember(String key, Value value) {
      bridge.crossing(() -> object.set(key, bridge.toBridge(value)));
    }

    @Override
    public Object bridgeValue() {
      return object;
    }

    @Override
    public String toString() {
      return object.toString();
    }
  }

  private final class ListProxy implements ProxyArray, BridgedValue {
    private final List<?> list;

    ListProxy(List<?> list) {
      this.list = list;
    }

    @SuppressWarnings("unchecked")
    private List<Object> writable() {
      return (List<Object>) list;
    }

    @Override
    public Object get(long index) {
      return bridge.crossing(() -> list.get((int) index));
    }

    @Override
    public void set(long index, Value value) {
      bridge.crossing(
          () -> {
            if (index == list.size()) {
              writable().add(bridge.toBridge(value));
            } else {
              writable().set((int) index, bridge.toBridge(value));
            }
          });
    }

    @Override
    public boolean remove(long index) {
      bridge.crossing(() -> list.remove((int) index));
      return true;
    }

    @Override
    public long getSize() {
      return list.size();
    }

    @Override
    public Object bridgeValue() {
      return list;
    }
  }

  private final class MapProxy implements ProxyObject, BridgedValue {
    private final Map<?, ?> map;

    MapProxy(Map<?, ?> map) {
      this.map = map;
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> writable() {
      return (Map<Object, Object>) map;
    }

    @Override
    public Object getMember(String key) {
      return bridge.crossing(() -> map.get(key));
    }

    @Override
    public Object getMemberKeys() {
      return ProxyArray.fromArray(map.keySet().stream().map(String::valueOf).toArray());
    }

    @Override
    public boolean hasMember(String key) {
      return map.containsKey(key);
    }

    @Override
    public void putMember(String key, Value value) {
      bridge.crossing(() -> writable().put(key, bridge.toBridge(value)));
    }

    @Override
    public boolean removeMember(String key) {
      return bridge.crossing(() -> map.remove(key)) != null;
    }

    @Override
    public Object bridgeValue() {
      return map;
    }
  }
}
