package dev.live.engine.graalpy;

import dev.live.core.engine.ScriptFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The virtual environment whose pure-Python packages a run can import: the one activated in the
 * shell ({@code VIRTUAL_ENV}), else {@code .venv} beside the main file. Its site-packages folder
 * goes on {@code sys.path} after the main file's folder and {@code --path}.
 */
final class VirtualEnv {

  /** The Python version GraalPy 25.0 runs: a venv's packages are built for one version. */
  static final String PYTHON_VERSION = "3.12";

  private VirtualEnv() {}

  /**
   * The site-packages folder of the run's virtual environment, if there is one.
   *
   * @throws ScriptFailedException when the environment is for another Python version, naming it and
   *     the way out
   */
  static Optional<Path> sitePackages(Path mainFile, Map<String, String> environment) {
    String activated = environment.get("VIRTUAL_ENV");
    Path venv =
        activated != null && !activated.isBlank()
            ? Path.of(activated)
            : mainFile.toAbsolutePath().getParent().resolve(".venv");
    Path lib = venv.resolve("lib");
    if (!Files.isDirectory(lib)) {
      return Optional.empty();
    }
    Path wanted = lib.resolve("python" + PYTHON_VERSION).resolve("site-packages");
    if (Files.isDirectory(wanted)) {
      return Optional.of(wanted);
    }
    List<String> found = pythonFolders(lib);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String message =
        "the virtual environment "
            + venv
            + " is for "
            + String.join(", ", found)
            + ", and Python 3 in live is "
            + PYTHON_VERSION
            + ": make it again with python"
            + PYTHON_VERSION
            + " -m venv "
            + venv
            + " (pure-Python packages only), or move it away";
    return failWith(venv, message);
  }

  private static List<String> pythonFolders(Path lib) {
    try (Stream<Path> folders = Files.list(lib)) {
      return folders
          .map(folder -> folder.getFileName().toString())
          .filter(name -> name.startsWith("python"))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static Optional<Path> failWith(Path venv, String message) {
    Path config = venv.resolve("pyvenv.cfg");
    throw ScriptFailedException.builder("ImportError", message)
        .at(Files.exists(config) ? config : venv, 0)
        .trace("ImportError: " + message)
        .build();
  }
}
