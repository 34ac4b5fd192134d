package dev.live.engine.graalpy;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeObject;
import dev.live.engine.truffle.BridgedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * The Java side of the loader's wrappers of other languages' values: each wrapper keeps one handle
 * and calls its methods, which convert values both ways and return a {@link PyBridge#outcome}. The
 * classes are public so that Python may call their methods as a host object's.
 */
public final class ForeignHandles {

  private ForeignHandles() {}

  /** A function: called with the keyword arguments (or None) first, then the positional ones. */
  static final class Call implements ProxyExecutable, BridgedValue {
    private final PyBridge bridge;
    private final BridgeFunction function;

    Call(PyBridge bridge, BridgeFunction function) {
      this.bridge = bridge;
      this.function = function;
    }

    @Override
    public Object execute(Value... arguments) {
      return bridge.outcome(
          () -> {
            List<Object> converted = bridge.toBridgeArguments(arguments, 1);
            if (!arguments[0].isNull()) {
              // Keyword arguments: the trailing options object of the other language.
              converted.add(bridge.toBridge(arguments[0]));
            }
            return function.call(converted);
          });
    }

    @Override
    public Object bridgeValue() {
      return function;
    }
  }

  /** An object's named members. */
  public static final class Members implements BridgedValue {
    private final PyBridge bridge;
    private final BridgeObject object;

    Members(PyBridge bridge, BridgeObject object) {
      this.bridge = bridge;
      this.object = object;
    }

    public boolean has(String name) {
      return object.has(name);
    }

    public Object get(String name) {
      return bridge.outcome(() -> object.get(name));
    }

    public Object set(String name, Value value) {
      return bridge.outcome(() -> object.set(name, bridge.toBridge(value)));
    }

    public Object keys() {
      return ProxyArray.fromList(new ArrayList<>(object.keys()));
    }

    public String typeName() {
      return object.typeName();
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

  /** A list's items. */
  public static final class Items implements BridgedValue {
    private final PyBridge bridge;
    private final List<Object> list;

    @SuppressWarnings("unchecked")
    Items(PyBridge bridge, List<?> list) {
      this.bridge = bridge;
      this.list = (List<Object>) list;
    }

    public int size() {
      return list.size();
    }

    public Object get(int index) {
      return bridge.outcome(() -> list.get(index));
    }

    public Object set(int index, Value value) {
      return bridge.outcome(() -> list.set(index, bridge.toBridge(value)));
    }

    public Object insert(int index, Value value) {
      return bridge.outcome(() -> list.add(index, bridge.toBridge(value)));
    }

    public Object remove(int index) {
      return bridge.outcome(() -> list.remove(index));
    }

    @Override
    public Object bridgeValue() {
      return list;
    }
  }

  /** A map's entries, by key. */
  public static final class Entries implements BridgedValue {
    private final PyBridge bridge;
    private final Map<Object, Object> map;

    @SuppressWarnings("unchecked")
    Entries(PyBridge bridge, Map<?, ?> map) {
      this.bridge = bridge;
      this.map = (Map<Object, Object>) map;
    }

    public boolean has(Value key) {
      return map.containsKey(bridge.toBridge(key));
    }

    public Object get(Value key) {
      return bridge.outcome(() -> map.get(bridge.toBridge(key)));
    }

    public Object set(Value key, Value value) {
      return bridge.outcome(() -> map.put(bridge.toBridge(key), bridge.toBridge(value)));
    }

    public Object remove(Value key) {
      return bridge.outcome(() -> map.remove(bridge.toBridge(key)));
    }

    public Object keys() {
      List<Object> keys = new ArrayList<>();
      map.keySet().forEach(key -> keys.add(bridge.toGuest(key)));
      return ProxyArray.fromList(keys);
    }

    public int size() {
      return map.size();
    }

    @Override
    public Object bridgeValue() {
      return map;
    }
  }
}
