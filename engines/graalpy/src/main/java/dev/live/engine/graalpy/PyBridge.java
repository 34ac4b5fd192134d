package dev.live.engine.graalpy;

import dev.live.core.bridge.BridgeValueVisitor;
import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.modules.ModuleCycleException;
import dev.live.core.modules.ModuleNotFoundException;
import dev.live.core.modules.SourceFileException;
import dev.live.engine.truffle.GuestBridge;
import java.nio.file.Path;
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
final class PyBridge extends GuestBridge {

  private final Value loader;
  private final Function<Path, String> displayName;
  private final PyValues values = new PyValues(this);

  /**
   * @param loader the globals of {@code live_loader.py} in the run's context
   * @param displayName how the runner shows a file
   * @param awaitStopped called before another language calls into the context: returns once a stop
   *     of the run in progress has finished
   */
  PyBridge(Value loader, Function<Path, String> displayName, Runnable awaitStopped) {
    super(awaitStopped);
    this.loader = loader;
    this.displayName = displayName;
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

  @Override
  protected Object view(Value value) {
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

  /** A float stays a Double even when it holds a whole number, as {@code 2.0} does. */
  @Override
  protected Object number(Value value) {
    Value type = value.getMetaObject();
    if (type != null && "float".equals(type.getMetaSimpleName())) {
      return value.asDouble();
    }
    return super.number(value);
  }

  /** A bridge value as something Python can use: a primitive, a wrapper, or its own value. */
  @Override
  public Object toGuest(Object value) {
    return BridgeValueVisitor.dispatch(value, this, values);
  }

  @Override
  public RuntimeException error(PolyglotException e) {
    return PyErrors.translate(e, false, this);
  }

  /**
   * Runs a call into another language for Python: {@code [True, result]}, or {@code [False, type,
   * message, trace, original]} for an error, which the loader raises as a Python exception. A stop
   * or an exit is thrown on as it is.
   */
  Object outcome(Supplier<Object> call) {
    try {
      return ProxyArray.fromArray(true, toGuest(call.get()));
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
