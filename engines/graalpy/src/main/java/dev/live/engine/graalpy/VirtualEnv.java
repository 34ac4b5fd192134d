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
 * The virtual environment whose pure-Python packages a run can import: the one the run's
 * environment names ({@code VIRTUAL_ENV}, set by a shell's activate or by {@code --venv}), else
 * {@code .venv} beside the main file. Its site-packages folder goes on {@code sys.path} after the
 * main file's folder and {@code --path}. A named environment must be usable; a {@code .venv} that
 * holds no Python folder is passed over.
 */
final class VirtualEnv {

  /** The Python version GraalPy 25.0 runs: a venv's packages are built for one version. */
  static final String PYTHON_VERSION = "3.12";

  static final String VARIABLE = "VIRTUAL_ENV";

  private static final String SITE_PACKAGES = "lib/python" + PYTHON_VERSION + "/site-packages";

  private static final String NAMED_BY = "--venv, venv in live.toml or $" + VARIABLE;

  private VirtualEnv() {}

  /**
   * The site-packages folder of the run's virtual environment, if there is one.
   *
   * @throws ScriptFailedException when the named environment does not exist or is not one, or when
   *     the environment is for another Python version, naming the folder and the way out
   */
  static Optional<Path> sitePackages(Path mainFile, Map<String, String> environment) {
    String named = environment.get(VARIABLE);
    if (named == null || named.isBlank()) {
      Path beside = mainFile.toAbsolutePath().getParent().resolve(".venv");
      return Files.isDirectory(beside.resolve("lib"))
          ? packagesOf(beside, false)
          : Optional.empty();
    }
    Path venv = Path.of(named).toAbsolutePath().normalize();
    if (!Files.exists(venv)) {
      return failWith(
          venv,
          "the virtual environment "
              + venv
              + " ("
              + NAMED_BY
              + ") does not exist: make it with "
              + makeAgain(venv)
              + ", or name another folder");
    }
    return packagesOf(venv, true);
  }

  private static Optional<Path> packagesOf(Path venv, boolean named) {
    Path wanted = venv.resolve(SITE_PACKAGES);
    if (Files.isDirectory(wanted)) {
      return Optional.of(wanted);
    }
    List<String> found = pythonFolders(venv.resolve("lib"));
    if (!found.isEmpty()) {
      return failWith(
          venv,
          "the virtual environment "
              + venv
              + " is for "
              + String.join(", ", found)
              + ", and Python 3 in live is "
              + PYTHON_VERSION
              + ": make it again with "
              + makeAgain(venv)
              + " (pure-Python packages only), or move it away");
    }
    if (!named) {
      return Optional.empty();
    }
    return failWith(
        venv,
        venv
            + " ("
            + NAMED_BY
            + ") is not a virtual environment: it has no "
            + SITE_PACKAGES
            + "; make one with "
            + makeAgain(venv)
            + ", or name another folder");
  }

  private static String makeAgain(Path venv) {
    return "python" + PYTHON_VERSION + " -m venv " + venv;
  }

  private static List<String> pythonFolders(Path lib) {
    if (!Files.isDirectory(lib)) {
      return List.of();
    }
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
