package dev.live.engine.python;

import dev.live.core.engine.ModuleUse;
import dev.live.core.modules.ModuleCycleException;
import dev.live.core.modules.ModuleNotFoundException;
import dev.live.core.modules.SourceFileException;
import java.util.Objects;
import org.python.core.Py;
import org.python.core.PyObject;

/** The {@code use(name)} every Python module gets, with its errors as Python's. */
final class UseFunction extends PyObject {

  private final PythonBridge bridge;
  private final ModuleUse use;

  UseFunction(PythonBridge bridge, ModuleUse use) {
    this.bridge = Objects.requireNonNull(bridge, "bridge");
    this.use = Objects.requireNonNull(use, "use");
  }

  @Override
  public PyObject __call__(PyObject[] arguments, String[] keywords) {
    if (arguments.length != 1 || keywords.length != 0) {
      throw Py.TypeError(ModuleUse.ONE_ARGUMENT);
    }
    Object name = bridge.toBridge(arguments[0]);
    try {
      return bridge.toPython(use.load(name));
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
