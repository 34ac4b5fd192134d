package dev.live.engine.python;

import dev.live.core.engine.RunServices;
import dev.live.core.modules.ModuleCycleException;
import dev.live.core.modules.ModuleNotFoundException;
import dev.live.core.modules.SourceFileException;
import java.nio.file.Path;
import org.python.core.Py;
import org.python.core.PyObject;

/** The {@code use(name)} every Python module gets, bound to that module's file. */
final class UseFunction extends PyObject {

  private final PythonBridge bridge;
  private final RunServices services;
  private final Path caller;

  UseFunction(PythonBridge bridge, RunServices services, Path caller) {
    this.bridge = bridge;
    this.services = services;
    this.caller = caller;
  }

  @Override
  public PyObject __call__(PyObject[] arguments, String[] keywords) {
    if (arguments.length != 1 || keywords.length != 0) {
      throw Py.TypeError("use() takes exactly one argument, the module name");
    }
    Object name = bridge.toBridge(arguments[0]);
    try {
      return bridge.toPython(services.use(name, caller));
    } catch (ModuleNotFoundException | ModuleCycleException | SourceFileException e) {
      throw Py.ImportError(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw Py.TypeError(e.getMessage());
    } catch (RuntimeException e) {
      throw bridge.errors().toPython(e);
    }
  }

  @Override
  public String toString() {
    return "<built-in function use>";
  }
}
