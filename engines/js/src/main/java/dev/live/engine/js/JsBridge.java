package dev.live.engine.js;

import dev.live.core.bridge.BridgeValueVisitor;
import dev.live.core.engine.ScriptFailedException;
import dev.live.engine.truffle.GuestBridge;
import java.math.BigInteger;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Converts between one context's JavaScript values and bridge values. A polyglot {@link Value}
 * belongs to its context, so every module context has its own bridge; a value that comes back to
 * the context it came from is handed out as the original.
 *
 * <p>Arrays, plain objects and class instances cross as live views ({@link JsList}, {@link JsMap},
 * {@link JsObject}); values of other languages arrive here as live proxies. Nothing is copied.
 */
final class JsBridge extends GuestBridge {

  private final Context context;
  private final ForeignProxies proxies = new ForeignProxies(this);
  private Value helpers;

  /**
   * @param awaitStopped called before another language calls into the context: returns once a stop
   *     of the context's run in progress has finished
   */
  JsBridge(Context context, Runnable awaitStopped) {
    super(awaitStopped);
    this.context = context;
  }

  @Override
  protected Object view(Value value) {
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

  /** A bridge value as something this context can use: a primitive, a proxy, or its own value. */
  @Override
  public Object toGuest(Object value) {
    return BridgeValueVisitor.dispatch(value, this, proxies);
  }

  @Override
  public RuntimeException error(PolyglotException e) {
    return JsErrors.translate(e, false, this);
  }

  Value bigInt(BigInteger number) {
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
              Source.newBuilder(
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
                raise: (type, message, foreignTrace, code) => {
                  const Builtin = globalThis[type];
                  const isErrorType = typeof Builtin === "function"
                      && (Builtin === Error || Builtin.prototype instanceof Error);
                  const error = isErrorType ? new Builtin(message) : new Error(message);
                  if (!isErrorType) {
                    Object.defineProperty(error, "name",
                        { value: type, writable: true, configurable: true });
                  }
                  Object.defineProperty(error, "liveForeignTrace", { value: foreignTrace });
                  if (code !== null) {
                    error.code = code;
                  }
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
    // A code (a missing import's) is not on GraalJS's own error: Node's error is raised instead.
    String code = failed.errorCode().orElse(null);
    if (code == null
        && failed.origin() == this
        && failed.nativeError() instanceof PolyglotException original) {
      return original;
    }
    try {
      helper("raise")
          .execute(failed.errorType(), failed.errorMessage(), failed.scriptTrace(), code);
    } catch (PolyglotException e) {
      return e;
    }
    return failed;
  }

  /** A JavaScript error of a built-in type, to throw from Java code that JavaScript called. */
  RuntimeException jsError(String type, String message) {
    try {
      helper("raise").execute(type, message, null, null);
    } catch (PolyglotException e) {
      return e;
    }
    return new IllegalStateException(message);
  }

  /** Runs a call into another language, turning its errors into JavaScript errors. */
  Object crossing(Supplier<Object> call) {
    try {
      return toGuest(call.get());
    } catch (ScriptFailedException e) {
      throw toJsError(e);
    }
  }

  /** {@link #crossing(Supplier)} for a call that returns nothing. */
  void crossing(Runnable call) {
    crossing(
        () -> {
          call.run();
          return null;
        });
  }
}
