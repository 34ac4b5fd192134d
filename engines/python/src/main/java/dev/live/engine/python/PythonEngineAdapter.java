package dev.live.engine.python;

import dev.live.core.engine.EngineAdapter;
import dev.live.core.engine.EngineRun;
import dev.live.core.engine.RunServices;
import java.util.Properties;
import org.python.core.PySystemState;
import org.python.util.PythonInterpreter;

/**
 * Jython, initialised once per session. Each run evaluates its modules in fresh global dictionaries
 * against this one system state, so the interpreter stays warm.
 */
final class PythonEngineAdapter implements EngineAdapter {

  private final PySystemState system;
  private final PythonBridge bridge;
  private final CompiledModules compiled = new CompiledModules();
  private final StandardInput input = new StandardInput(System.in);
  private final SystemDefaults defaults;

  PythonEngineAdapter() {
    Properties properties = new Properties();
    // site.py scans the file system at start-up for nothing a live script needs.
    properties.setProperty("python.import.site", "false");
    // The package cache writes to the user's folders on first start; Java classes are
    // imported without it.
    properties.setProperty("python.cachedir.skip", "true");
    properties.setProperty("python.console.encoding", "UTF-8");
    PythonInterpreter.initialize(System.getProperties(), properties, new String[0]);
    this.system = new PySystemState();
    LibraryPatches patches = LibraryPatches.installIn(system);
    ExitFunctions.install(system, patches);
    SocketClose.install(patches);
    this.defaults = SystemDefaults.of(system, input);
    this.bridge = new PythonBridge();
    PythonErrors.initialiseErrorPath(bridge);
  }

  @Override
  public EngineRun newRun(RunServices services) {
    bridge.displayWith(services::displayName);
    return new PythonEngineRun(system, defaults, input, bridge, compiled, services);
  }

  /**
   * Jython's weak references are cleared by a thread of its own, started on first use; standard
   * input is read by another.
   */
  @Override
  public boolean ownsThread(Thread thread) {
    return "weakref reaper".equals(thread.getName()) || input.ownsThread(thread);
  }

  @Override
  public void close() {
    system.cleanup();
  }
}
