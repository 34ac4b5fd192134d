package dev.live.engine.python;

import dev.live.core.bridge.NativeValue;
import dev.live.core.engine.RunServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.python.core.Py;
import org.python.core.PyModule;
import org.python.core.PyObject;

/**
 * Makes Python's own {@code import util} of a local file live: a {@code sys.meta_path} finder that
 * claims top-level modules whose {@code .py} file sits next to the main file or in a {@code --path}
 * folder, and loads them the way {@code use} does, so each run reads them afresh and they join the
 * watch set. Modules of the standard library and of jars are left to Jython and stay loaded.
 */
final class LocalImporter extends PyObject {

  private final PythonBridge bridge;
  private final RunServices services;
  private final List<Path> folders;
  private final Set<String> loaded = new LinkedHashSet<>();

  LocalImporter(PythonBridge bridge, RunServices services, List<Path> folders) {
    this.bridge = bridge;
    this.services = services;
    this.folders = List.copyOf(folders);
  }

  private Path fileFor(String name) {
    if (name.contains(".")) {
      return null;
    }
    for (Path folder : folders) {
      Path candidate = folder.resolve(name + ".py");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** {@code find_module(fullname, path=None)}. */
  public PyObject find_module(PyObject name, PyObject path) {
    return path == Py.None && fileFor(name.toString()) != null ? this : Py.None;
  }

  public PyObject find_module(PyObject name) {
    return find_module(name, Py.None);
  }

  /** {@code load_module(fullname)}. */
  public PyObject load_module(PyObject name) {
    Path file = fileFor(name.toString());
    if (file == null) {
      throw Py.ImportError("No module named " + name);
    }
    Object module = services.use(file.toString(), services.mainFile());
    if (!(module instanceof NativeValue nativeValue)
        || !(nativeValue.unwrap() instanceof PyModule python)) {
      throw Py.ImportError("cannot import " + name + ": not a Python module");
    }
    Py.getSystemState().modules.__setitem__(name, python);
    loaded.add(name.toString());
    return python;
  }

  @Override
  public PyObject __findattr_ex__(String name) {
    return switch (name) {
      case "find_module" ->
          new JavaCallable(
              name, args -> args.length > 1 ? find_module(args[0], args[1]) : find_module(args[0]));
      case "load_module" -> new JavaCallable(name, args -> load_module(args[0]));
      default -> super.__findattr_ex__(name);
    };
  }

  /** Forgets this run's modules, so the next run imports them afresh. */
  void unload() {
    PyObject modules = Py.getSystemState().modules;
    for (String name : new ArrayList<>(loaded)) {
      if (modules.__finditem__(name) != null) {
        modules.__delitem__(name);
      }
    }
    loaded.clear();
  }

  @Override
  public String toString() {
    return "<live local importer>";
  }
}
