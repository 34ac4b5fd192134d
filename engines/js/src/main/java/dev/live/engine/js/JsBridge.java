package dev.live.engine.js;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeModule;
import dev.live.core.bridge.NativeValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * Converts between one context's JavaScript values and bridge values. A polyglot {@link Value}
 * belongs to its context, so every module context has its own bridge; a value that comes back to
 * the context it came from is handed out as the original.
 */
final class JsBridge {

  private final Context context;
  private Value thrower;

  JsBridge(Context context) {
    this.context = context;
  }

  /** A JavaScript value as a bridge value. */
  Object toBridge(Value value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isNumber()) {
      return number(value);
    }
    if (value.isString()) {
      return value.asString();
    }
    if (value.isProxyObject()) {
      Object proxy = value.asProxyObject();
      if (proxy instanceof BridgeProxy bridged) {
        return bridged.bridgeValue();
      }
      return proxy;
    }
    if (value.isHostObject()) {
      return value.asHostObject();
    }
    if (value.canExecute()) {
      return new JsFunction(value);
    }
    if (value.hasArrayElements()) {
      List<Object> list = new ArrayList<>((int) value.getArraySize());
      for (long i = 0; i < value.getArraySize(); i++) {
        list.add(toBridge(value.getArrayElement(i)));
      }
      return list;
    }
    if (value.hasMembers()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (String key : value.getMemberKeys()) {
        map.put(key, toBridge(value.getMember(key)));
      }
      return map;
    }
    return value.toString();
  }

  private static Object number(Value value) {
    if (value.fitsInInt()) {
      return value.asInt();
    }
    if (value.fitsInLong()) {
      return value.asLong();
    }
    if (value.fitsInBigInteger() && !value.fitsInDouble()) {
      return value.asBigInteger();
    }
    return value.asDouble();
  }

  /** A bridge value as something this context can use: a primitive, a proxy, or its own value. */
  Object toJs(Object value) {
    if (value instanceof NativeValue nativeValue && nativeValue.owner() == context) {
      return nativeValue.unwrap();
    }
    if (value instanceof BigInteger big) {
      return big.bitLength() < 64 ? (Object) big.longValue() : (Object) big.doubleValue();
    }
    if (value instanceof BridgeFunction function) {
      return new FunctionProxy(function);
    }
    if (value instanceof BridgeModule module) {
      return new ModuleProxy(module);
    }
    if (value instanceof List<?> list) {
      List<Object> converted = new ArrayList<>(list.size());
      list.forEach(item -> converted.add(toJs(item)));
      return new ListProxy(list, converted);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> converted = new LinkedHashMap<>();
      map.forEach((k, v) -> converted.put(String.valueOf(k), toJs(v)));
      return new MapProxy(map, converted);
    }
    return value;
  }

  private Object[] toJsArguments(List<Object> arguments) {
    Object[] converted = new Object[arguments.size()];
    for (int i = 0; i < converted.length; i++) {
      converted[i] = toJs(arguments.get(i));
    }
    return converted;
  }

  private List<Object> toBridgeArguments(Value[] arguments) {
    List<Object> converted = new ArrayList<>(arguments.length);
    for (Value argument : arguments) {
      converted.add(toBridge(argument));
    }
    return converted;
  }

  /**
   * A JavaScript error of the given type, to throw from Java code that JavaScript called: GraalJS
   * rethrows it into the script as the original error, catchable with {@code try/catch}.
   */
  RuntimeException jsError(String type, String message) {
    if (thrower == null) {
      thrower = context.eval("js", "(type, message) => { throw new globalThis[type](message); }");
    }
    try {
      thrower.execute(type, message);
    } catch (PolyglotException e) {
      return e;
    }
    return new IllegalStateException(message);
  }

  /** A proxy that stands for a bridge value, so the value comes back unchanged. */
  interface BridgeProxy {
    Object bridgeValue();
  }

  /** A JavaScript function handed to other languages. */
  final class JsFunction implements BridgeFunction, NativeValue {
    private final Value function;

    JsFunction(Value function) {
      this.function = function;
    }

    @Override
    public Object call(List<Object> arguments) {
      try {
        return toBridge(function.execute(toJsArguments(arguments)));
      } catch (PolyglotException e) {
        throw JsErrors.translate(e, false);
      }
    }

    @Override
    public Object owner() {
      return context;
    }

    @Override
    public Object unwrap() {
      return function;
    }

    @Override
    public String toString() {
      return "<js function " + function + ">";
    }
  }

  private final class FunctionProxy implements ProxyExecutable, BridgeProxy {
    private final BridgeFunction function;

    FunctionProxy(BridgeFunction function) {
      this.function = function;
    }

    @Override
    public Object execute(Value... arguments) {
      return toJs(function.call(toBridgeArguments(arguments)));
    }

    @Override
    public Object bridgeValue() {
      return function;
    }
  }

  private final class ModuleProxy implements ProxyObject, BridgeProxy {
    private final BridgeModule module;

    ModuleProxy(BridgeModule module) {
      this.module = module;
    }

    @Override
    public Object getMember(String key) {
      return toJs(module.get(key));
    }

    @Override
    public Object getMemberKeys() {
      return ProxyArray.fromArray(module.names().toArray());
    }

    @Override
    public boolean hasMember(String key) {
      return module.has(key);
    }

    @Override
    public void putMember(String key, Value value) {
      throw new UnsupportedOperationException(
          "module '" + module.name() + "' is read-only: cannot set '" + key + "'");
    }

    @Override
    public Object bridgeValue() {
      return module;
    }
  }

  private static final class ListProxy implements ProxyArray, BridgeProxy {
    private final List<?> original;
    private final List<Object> converted;

    ListProxy(List<?> original, List<Object> converted) {
      this.original = original;
      this.converted = converted;
    }

    @Override
    public Object get(long index) {
      return converted.get((int) index);
    }

    @Override
    public void set(long index, Value value) {
      throw new UnsupportedOperationException("this list is a copy and cannot be changed");
    }

    @Override
    public long getSize() {
      return converted.size();
    }

    @Override
    public Object bridgeValue() {
      return original;
    }
  }

  private static final class MapProxy implements ProxyObject, BridgeProxy {
    private final Map<?, ?> original;
    private final Map<String, Object> converted;

    MapProxy(Map<?, ?> original, Map<String, Object> converted) {
      this.original = original;
      this.converted = converted;
    }

    @Override
    public Object getMember(String key) {
      return converted.get(key);
    }

    @Override
    public Object getMemberKeys() {
      return ProxyArray.fromArray(converted.keySet().toArray());
    }

    @Override
    public boolean hasMember(String key) {
      return converted.containsKey(key);
    }

    @Override
    public void putMember(String key, Value value) {
      throw new UnsupportedOperationException("this object is a copy and cannot be changed");
    }

    @Override
    public Object bridgeValue() {
      return original;
    }
  }
}
