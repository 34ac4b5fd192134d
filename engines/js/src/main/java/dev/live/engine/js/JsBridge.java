package dev.live.engine.js;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeObject;
import dev.live.core.bridge.NativeValue;
import dev.live.core.engine.ScriptFailedException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyInstantiable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * Converts between one context's JavaScript values and bridge values. A polyglot {@link Value}
 * belongs to its context, so every module context has its own bridge; a value that comes back to
 * the context it came from is handed out as the original.
 *
 * <p>Arrays, plain objects and class instances cross as live views ({@link JsList}, {@link JsMap},
 * {@link JsObject}); values of other languages arrive here as live proxies. Nothing is copied.
 */
final class JsBridge {

  /** Integers beyond this magnitude lose precision as JavaScript numbers and become BigInts. */
  private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private final Context context;
  private Value helpers;

  JsBridge(Context context) {
    this.context = context;
  }

  Context context() {
    return context;
  }

  /** A JavaScript value as a bridge value. */
  Object toBridge(Value value) {
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
    if (value.isProxyObject()) {
      Object proxy = value.asProxyObject();
      return proxy instanceof BridgeProxy bridged ? bridged.bridgeValue() : proxy;
    }
    if (value.isHostObject()) {
      return value.asHostObject();
    }
    if (value.canExecute()) {
      return new JsFunction(this, value);
    }
    if (value.hasArrayElements()) {
      return new JsList(this, value);
    }
    if (value.hasMembers()) {
      Value meta = value.getMetaObject();
      boolean plain = meta == null || "Object".equals(meta.getMetaSimpleName());
      return plain ? new JsMap(this, value) : new JsObject(this, value);
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
    if (value.fitsInBigInteger()) {
      return value.asBigInteger();
    }
    return value.asDouble();
  }

  /** A bridge value as something this context can use: a primitive, a proxy, or its own value. */
  Object toJs(Object value) {
    if (value instanceof NativeValue nativeValue && nativeValue.owner() == context) {
      return nativeValue.unwrap();
    }
    if (value instanceof Long number && Math.abs(number) > MAX_SAFE_INTEGER) {
      return bigInt(BigInteger.valueOf(number));
    }
    if (value instanceof BigInteger number) {
      return number.bitLength() <= 53 ? (Object) number.longValue() : bigInt(number);
    }
    if (value instanceof BridgeFunction function) {
      return new FunctionProxy(function);
    }
    if (value instanceof BridgeObject object) {
      return new ObjectProxy(object);
    }
    // Only lists and maps of another engine are views to wrap; any other Java collection is a
    // Java object like the rest and passes through unchanged.
    if (value instanceof List<?> list && value instanceof NativeValue) {
      return new ListProxy(list);
    }
    if (value instanceof Map<?, ?> map && value instanceof NativeValue) {
      return new MapProxy(map);
    }
    return value;
  }

  Object[] toJsArguments(List<Object> arguments) {
    Object[] converted = new Object[arguments.size()];
    for (int i = 0; i < converted.length; i++) {
      converted[i] = toJs(arguments.get(i));
    }
    return converted;
  }

  List<Object> toBridgeArguments(Value[] arguments) {
    List<Object> converted = new ArrayList<>(arguments.length);
    for (Value argument : arguments) {
      converted.add(toBridge(argument));
    }
    return converted;
  }

  private Value bigInt(BigInteger number) {
    return helper("bigInt").execute(number.toString());
  }

  /**
   * Small JavaScript functions the bridge needs, evaluated once per context and only when first
   * needed, so a module that never crosses a language boundary does not pay for them.
   */
  private Value helper(String name) {
    if (helpers == null) {
      helpers =
          context.eval(
              org.graalvm.polyglot.Source.newBuilder(
                      "js",
                      """
              ({
                bigInt: (text) => BigInt(text),
                // No regular expression: the first one a JVM compiles costs tens of ms.
                isClass: (f) => {
                  if (typeof f !== "function") return false;
                  const text = Function.prototype.toString.call(f);
                  return text.startsWith("class") && " \\t\\r\\n{/".includes(text.charAt(5));
                },
                raise: (type, message, foreignTrace) => {
                  const Builtin = globalThis[type];
                  const isErrorType = typeof Builtin === "function"
                      && (Builtin === Error || Builtin.prototype instanceof Error);
                  const error = isErrorType ? new Builtin(message) : new Error(message);
                  if (!isErrorType) {
                    Object.defineProperty(error, "name",
                        { value: type, writable: true, configurable: true });
                  }
                  Object.defineProperty(error, "liveForeignTrace", { value: foreignTrace });
                  throw error;
                },
              })
              """,
                      "live-bridge.js")
                  // Internal: its frames never show in a script's stack trace.
                  .internal(true)
                  .buildLiteral());
    }
    return helpers.getMember(name);
  }

  boolean isClass(Value function) {
    return helper("isClass").execute(function).asBoolean();
  }

  /**
   * An error from another language, thrown into JavaScript: a JavaScript error of the same type
   * name (the built-in one when it exists, such as TypeError), with the same message, carrying the
   * other language's trace. An error that started in this context is rethrown as the original.
   */
  RuntimeException toJsError(ScriptFailedException failed) {
    if (failed.origin() == context && failed.nativeError() instanceof PolyglotException original) {
      return original;
    }
    try {
      helper("raise").execute(failed.errorType(), failed.errorMessage(), failed.scriptTrace());
    } catch (PolyglotException e) {
      return e;
    }
    return failed;
  }

  /** A JavaScript error of a built-in type, to throw from Java code that JavaScript called. */
  RuntimeException jsError(String type, String message) {
    try {
      helper("raise").execute(type, message, null);
    } catch (PolyglotException e) {
      return e;
    }
    return new IllegalStateException(message);
  }

  /** A proxy that stands for a bridge value, so the value comes back unchanged. */
  interface BridgeProxy {
    Object bridgeValue();
  }

  /** Runs a call into another language, turning its errors into JavaScript errors. */
  private Object crossing(java.util.function.Supplier<Object> call) {
    try {
      return toJs(call.get());
    } catch (ScriptFailedException e) {
      throw toJsError(e);
    }
  }

  private final class FunctionProxy implements ProxyExecutable, ProxyInstantiable, BridgeProxy {
    private final BridgeFunction function;

    FunctionProxy(BridgeFunction function) {
      this.function = function;
    }

    @Override
    public Object execute(Value... arguments) {
      return crossing(() -> function.call(toBridgeArguments(arguments)));
    }

    @Override
    public Object newInstance(Value... arguments) {
      return crossing(() -> function.construct(toBridgeArguments(arguments)));
    }

    @Override
    public Object bridgeValue() {
      return function;
    }
  }

  private final class ObjectProxy implements ProxyObject, BridgeProxy {
    private final BridgeObject object;

    ObjectProxy(BridgeObject object) {
      this.object = object;
    }

    @Override
    public Object getMember(String key) {
      return crossing(() -> object.get(key));
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
      crossing(
          () -> {
            object.set(key, toBridge(value));
            return null;
          });
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

  private final class ListProxy implements ProxyArray, BridgeProxy {
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
      return crossing(() -> list.get((int) index));
    }

    @Override
    public void set(long index, Value value) {
      crossing(
          () -> {
            if (index == list.size()) {
              writable().add(toBridge(value));
            } else {
              writable().set((int) index, toBridge(value));
            }
            return null;
          });
    }

    @Override
    public boolean remove(long index) {
      crossing(() -> list.remove((int) index));
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

  private final class MapProxy implements ProxyObject, BridgeProxy {
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
      return crossing(() -> map.get(key));
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
      crossing(() -> writable().put(key, toBridge(value)));
    }

    @Override
    public boolean removeMember(String key) {
      return crossing(() -> map.remove(key)) != null;
    }

    @Override
    public Object bridgeValue() {
      return map;
    }
  }
}
