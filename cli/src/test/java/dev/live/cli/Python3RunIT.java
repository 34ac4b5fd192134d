package dev.live.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python 3 in the real {@code live} process: one line away from a Jython error, and bad Python 3
 * input reported with file, line and the way out while live keeps running and stops a busy loop.
 */
class Python3RunIT {

  /** GraalPy's cold start takes seconds, more on a loaded machine. */
  private static final Duration COLD_START = Duration.ofMinutes(2);

  private static final String PYTHON_3 = "#!/usr/bin/env python3\n";

  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  @Test
  void aJythonSyntaxErrorOnPython3CodeSaysToAddTheShebangAndThenPython3RunsIt() throws Exception {
    write("main.py", "name = 'py'\nprint(f\"hello {name}\")\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "main.py")) {
      live.awaitErr("make #!/usr/bin/env python3 the file's first line");

      write("main.py", PYTHON_3 + "name = 'py'\nprint(f\"hello {name}\", end=\"!\\n\")\n");
      live.awaitOutWithin("hello py!", COLD_START);

      write("main.py", PYTHON_3 + "x = 1\nimport not_here\n");
      live.awaitErr("File \"main.py\", line 3, in <module>");
      live.awaitErr("ModuleNotFoundError: No module named 'not_here'");
      live.awaitErr("Python 3 in live imports from the main file's folder");

      write("fast.cpython-312-x86_64-linux-gnu.so", "not a shared library");
      write("main.py", PYTHON_3 + "x = 1\nimport fast\n");
      live.awaitErr("File \"main.py\", line 3, in <module>");
      live.awaitErr("C extension modules (.so files) are not supported");

      write("main.py", PYTHON_3 + "def f(:\n    pass\n");
      live.awaitErr("File \"main.py\", line 2");
      live.awaitErr("SyntaxError");

      write(".venv/lib/python3.11/site-packages/old.py", "x = 1\n");
      write("main.py", PYTHON_3 + "print('venv?')\n");
      live.awaitErr("is for python3.11, and Python 3 in live is 3.12");
      Files.move(dir.resolve(".venv"), dir.resolve("old-venv"));

      write("main.py", PYTHON_3 + "print('looping')\nwhile True:\n    pass\n");
      live.awaitOut("looping");
      write("main.py", PYTHON_3 + "print('stopped and ran again')\n");
      live.awaitOut("stopped and ran again");
    }
  }

  @Test
  void theVenvOptionNamesTheEnvironmentAMissingOneIsTheRunsErrorUntilItExists() throws Exception {
    write("main.py", PYTHON_3 + "import greeting\nprint(greeting.hello('first'))\n");
    try (LiveProcess live = LiveProcess.start(dir, "run", "-v", "--venv", "envs/py", "main.py")) {
      live.awaitErr("/envs/py for the engines");
      live.awaitErrWithin(
          "envs/py (--venv, venv in live.toml or $VIRTUAL_ENV) does not exist", COLD_START);

      write(
          "envs/py/lib/python3.12/site-packages/greeting/__init__.py",
          "def hello(name: str) -> str:\n    return f\"hi {name}\"\n");
      write("main.py", PYTHON_3 + "import greeting\nprint(greeting.hello('venv'))\n");
      live.awaitOut("hi venv");
    }
  }
}
