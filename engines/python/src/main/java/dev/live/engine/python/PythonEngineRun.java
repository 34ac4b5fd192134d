package dev.live.engine.python;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.ModuleGlobals;
import dev.live.core.engine.RunCancellation;
import dev.live.core.engine.RunCancelledException;
import dev.live.core.engine.RunServices;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.engine.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.Py;
import org.python.core.PyCode;
import org.python.core.PyException;
import org.python.core.PyFrame;
import org.python.core.PyList;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PyStringMap;
import org.python.core.PySystemState;
import org.python.core.ThreadState;
import org.python.core.TraceFunction;

/** One run's Python: each module in its own fresh globals. */
final class PythonEngineRun implements EngineRun {

  private final PySystemState system;
  private final SystemDefaults defaults;
  private final StandardInput input;
  private final PythonBridge bridge;
  private final CompiledModules compiled;
  private final RunServices services;
  private volatile ThreadState threadState;
  private final RunCancellation cancellation = new RunCancellation();
  private LocalImporter importer;

  /** Modules of this run being evaluated on the run thread, nested through {@code use}. */
  private int evaluations;

  PythonEngineRun(
      PySystemState system,
      SystemDefaults defaults,
      StandardInput input,
      PythonBridge bridge,
      CompiledModules compiled,
      RunServices services) {
    this.system = system;
    this.defaults = defaults;
    this.input = input;
    this.bridge = bridge;
    this.compiled = compiled;
    this.services = services;
  }

  @Override
  public BridgeModule evaluate(SourceFile source) {
    Py.setSystemState(system);
    ThreadState state = Py.getThreadState();
    boolean firstModule = !cancellation.started();
    if (firstModule) {
      // A thread reused from an earlier, cancelled run may still carry its stop hook.
      state.tracefunc = null;
    }
    threadState = state;
    if (firstModule) {
      startRun();
    }
    cancellation.evaluating();
    PyStringMap globals = new PyStringMap();
    globals.__setitem__(
        "__name__", Py.newString(source.isMain() ? "__main__" : source.moduleName()));
    globals.__setitem__("__file__", Py.newStringOrUnicode(source.path().toString()));
    globals.__setitem__("__builtins__", system.getBuiltins());
    ModuleGlobals.bind(
        services,
        source.path(),
        use -> new UseFunction(bridge, use),
        bridge::toPython,
        globals::__setitem__);
    PyFrame callerFrame = state.frame;
    PyException callerException = state.exception;
    int callerDepth = state.call_depth;
    evaluations++;
    try {
      PyCode code =
          compiled.codeFor(
              source.path(),
              source.text(),
              () -> {
                if (ModuleSize.tooLargeForJython(source.text())) {
                  throw tooLarge(source).build();
                }
                return Py.compile_flags(
                    source.text(), source.path().toString(), CompileMode.exec, new CompilerFlags());
              });
      Py.runCode(code, globals, globals);
    } catch (PyException e) {
      if (PythonErrors.isModuleTooLarge(e)) {
        throw tooLarge(source).nativeError(e, bridge).build();
      }
      throw PythonErrors.translate(e, cancellation.cancelled(), bridge);
    } catch (StopRun e) {
      throw new RunCancelledException(e);
    } catch (OutOfMemoryError e) {
      // Thrown past Jython's handlers (its warning about the error ran out of memory too); the
      // module's globals, which hold what filled the heap, are dropped with this frame.
      throw PythonErrors.outOfMemory(source.path(), source.displayName(), e, bridge);
    } finally {
      // A stop thrown as a function is entered, or an OutOfMemoryError, leaves Jython's frame
      // stack pointing into this module, which would keep its globals and all they hold.
      state.frame = callerFrame;
      state.exception = callerException;
      state.call_depth = callerDepth;
      evaluations--;
      disarmLeftoverStop();
      flush(system.stdout);
      flush(system.stderr);
    }
    PyModule module = new PyModule(source.moduleName(), globals);
    return new PythonModule(bridge, module, globals, source, ModuleGlobals.names(services));
  }

  /** Jython compiles a module into one JVM method, which may hold 64 KB of bytecode. */
  private static ScriptFailedException.Builder tooLarge(SourceFile source) {
    String message =
        source.displayName()
            + " is too large for Jython to compile as one module: split it into modules"
            + " loaded with use(), or move its data into a file the script reads.";
    return ScriptFailedException.builder(message)
        .at(source.path(), 0)
        .error("SyntaxError", message);
  }

  /** Once per run: the session's defaults, the script's arguments, and live local imports. */
  private void startRun() {
    defaults.restore(system);
    PyList argv = new PyList();
    argv.append(Py.newStringOrUnicode(services.mainFile().toString()));
    services.arguments().forEach(a -> argv.append(Py.newStringOrUnicode(a)));
    system.argv = argv;
    importer = new LocalImporter(bridge, services, importFolders());
    system.meta_path.insert(0, importer);
  }

  private List<Path> importFolders() {
    List<Path> folders = new ArrayList<>();
    folders.add(services.mainFile().getParent());
    folders.addAll(services.searchPath());
    return folders;
  }

  private static void flush(PyObject stream) {
    try {
      stream.invoke("flush");
    } catch (PyException e) {
      // A script that replaced sys.stdout with something without flush() is allowed to.
    }
  }

  /**
   * Jython does not stop on {@link Thread#interrupt()} and {@code Thread.stop} is gone, so the stop
   * is cooperative: a trace function that throws at the next line, installed into the thread and
   * every frame it is running. It keeps throwing, so a bare {@code except:} cannot swallow it. The
   * interrupt wakes {@code time.sleep} and blocking I/O.
   */
  @Override
  public void cancel() {
    Thread thread = cancellation.cancel();
    ThreadState state = threadState;
    if (state == null || thread == null) {
      return;
    }
    TraceFunction stop = new StopTrace(this);
    state.tracefunc = stop;
    for (PyFrame frame = state.frame; frame != null; frame = frame.f_back) {
      frame.tracefunc = stop;
    }
    thread.interrupt();
  }

  @Override
  public void close() {
    if (importer != null) {
      importer.unload();
      system.meta_path.remove(importer);
      importer = null;
    }
    ThreadState state = threadState;
    if (state != null && cancellation.onRunThread()) {
      state.tracefunc = null;
    }
    if (cancellation.cancelled()) {
      input.discardUnread();
    }
    cancellation.clearInterrupt();
  }

  /**
   * Removes a stop that a cancelled run left on this thread when no Python runs on it any more, so
   * that Python called afresh from Java, such as the run's dispose hooks, runs to its end.
   */
  static void disarmLeftoverStop() {
    ThreadState state = Py.getThreadState();
    if (state.tracefunc instanceof StopTrace stop && stop.run.evaluations == 0) {
      state.tracefunc = null;
      stop.run.cancellation.clearInterrupt();
    }
  }

  /** Thrown by {@link StopTrace}; a RuntimeException, as an Error turns into a RecursionError. */
  static final class StopRun extends RuntimeException {
    StopRun() {
      super("run stopped by live", null, false, false);
    }
  }

  private static final class StopTrace extends TraceFunction {

    private final PythonEngineRun run;

    StopTrace(PythonEngineRun run) {
      this.run = run;
    }

    @Override
    public TraceFunction traceCall(PyFrame frame) {
      throw new StopRun();
    }

    @Override
    public TraceFunction traceReturn(PyFrame frame, PyObject result) {
      return this;
    }

    @Override
    public TraceFunction traceLine(PyFrame frame, int line) {
      throw new StopRun();
    }

    @Override
    public TraceFunction traceException(PyFrame frame, PyException exception) {
      return this;
    }
  }
}
