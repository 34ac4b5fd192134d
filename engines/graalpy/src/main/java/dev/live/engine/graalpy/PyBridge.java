package dev.live.engine.graalpy;

import dev.live.core.bridge.BridgeValueVisitor;
import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.modules.ModuleCycleException;
import dev.live.core.modules.ModuleNotFoundException;
import dev.live.core.modules.SourceFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * Converts between one run's Python values and bridge values. A polyglot {@link Value} belongs to
 * its context, and a run has one context, so every run has its own bridge; a value that comes back
 * is handed out as the original.
 *
 * <p>Dicts, lists, functions and other objects cross as live views ({@link PyMap}, {@link PyList},
 * {@link PyFunction}, {@link PyInstance}); values of other languages arrive in Python as the
 * wrappers of {@code live_loader.py}, over the handles of {@link ForeignHandles}.
 */
final class PyBridge {

  private final Value loader;
  private final Function<Path, String> displayName;
  private final Runnable awaitStopped;
  private final PyValues values = new PyValues(this);

  /**
   * @param loader the globals of {@code live_loader.py} in the run's context
   * @param displayName how the runner shows a file
   * @param awaitStopped called before another language calls into the context: returns once a stop
   *     of the run in progress has finished
   */
  PyBridge(Value loader, Function<Path, String> displayName, Runnable awaitStopped) {
    this.loader = loader;
    this.displayName = displayName;
    this.awaitStopped = awaitStopped;
  }

  /** Another language is about to call into this context. */
  void calling() {
    awaitStopped.run();
  }

  /** A file name as the runner shows it: relative to the working directory when below it. */
  String displayName(String file) {
    Path path = Path.of(file);
    return path.isAbsolute() ? displayName.apply(path) : file;
  }

  /** A function of the loader, {@code live_loader.py}. */
  Value loader(String name) {
    return loader.getMember(name);
  }

  /** A Python value as a bridge value. */
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
    if (value.isHostObject()) {
      Object host = value.asHostObject();
      return host instanceof ForeignHandles.Handle handle ? handle.bridgeValue() : host;
    }
    if (value.isProxyObject()) {
      Object proxy = value.asProxyObject();
      return proxy instanceof ForeignHandles.Handle handle ? handle.bridgeValue() : proxy;
    }
    Value handle = loader("bridge_handle").execute(value);
    if (!handle.isNull()) {
      return toBridge(handle);
    }
    if (value.hasHashEntries()) {
      return new PyMap(this, value);
    }
    if (value.hasArrayElements()) {
      return new PyList(this, value);
    }
    if (value.canInstantiate() || value.canExecute()) {
      return new PyFunction(this, value);
    }
    if (value.hasMembers()) {
      return new PyInstance(this, value);
    }
    return value.toString();
  }

  private static Object number(Value value) {
    Value type = value.getMetaObject();
    if (type != null && "float".equals(type.getMetaSimpleName())) {
      return value.asDouble();
    }
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

  /** A bridge value as something Python can use: a primitive, a wrapper, or its own value. */
  Object toPython(Object value) {
    return BridgeValueVisitor.dispatch(value, this, values);
  }

  List<Object> toBridgeArguments(Value[] arguments, int from) {
    List<Object> converted = new ArrayList<>(arguments.length);
    for (int i = from; i < arguments.length; i++) {
      converted.add(toBridge(arguments[i]));
    }
    return converted;
  }

  Object[] toPythonArguments(List<Object> arguments) {
    Object[] converted = new Object[arguments.size()];
    for (int i = 0; i < converted.length; i++) {
      converted[i] = toPython(arguments.get(i));
    }
    return converted;
  }

  /**
   * Runs a call into another language for Python: {@code [True, result]}, or {@code [False, type,
   * message, trace, original]} for an error, which the loader raises as a Python exception. A stop
   * or an exit is thrown on as it is.
   */
  Object outcome(Supplier<Object> call) {
    try {
      return ProxyArray.fromArray(true, toPython(call.get()));
    } catch (RunCancelledException | ScriptExitException e) {
      throw e;
    } catch (ScriptFailedException e) {
      Object original = null;
      if (e.origin() == this && e.nativeError() instanceof PolyglotException error) {
        original = error.getGuestObject();
      }
      return failure(e.errorType(), e.errorMessage(), e.scriptTrace(), original);
    } catch (ModuleNotFoundException e) {
      return failure("ModuleNotFoundError", e.getMessage(), null, null);
    } catch (ModuleCycleException e) {
      return failure("ImportError", e.getMessage(), null, null);
    } catch (SourceFileException e) {
      return failure("OSError", e.getMessage(), null, null);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return failure("TypeError", e.getMessage(), null, null);
    } catch (IndexOutOfBoundsException e) {
      return failure("IndexError", e.getMessage(), null, null);
    } catch (IllegalStateException e) {
      return failure("RuntimeError", e.getMessage(), null, null);
    }
  }

  /** {@link #outcome(Supplier)} for a call that returns nothing. */
  Object outcome(Runnable call) {
    return outcome(
        () -> {
          call.run();
          return null;
        });
  }

  private static Object failure(String type, String message, String trace, Object original) {
    return ProxyArray.fromArray(false, type, String.valueOf(message), trace, original);
  }
}
