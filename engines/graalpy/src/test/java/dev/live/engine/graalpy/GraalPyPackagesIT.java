package dev.live.engine.graalpy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's {@code .venv} of pure-Python packages, and the errors of what cannot be imported. */
class GraalPyPackagesIT {

  @TempDir Path dir;

  private LiveSession session;

  private RunResult runOnce(Path main) {
    session =
        LiveSession.builder(main, new EngineRegistry(List.of(SharedGraalPy.provider())))
            .workingDirectory(dir)
            .build();
    return session.runOnce();
  }

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
    }
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void aPurePythonPackageInTheProjectsVenvImportsAndIsNotWatched() throws IOException {
    write(
        ".venv/lib/python3.12/site-packages/greeting/__init__.py",
        "from .words import word\ndef hello(name: str) -> str:\n    return f\"{word} {name}\"\n");
    write(".venv/lib/python3.12/site-packages/greeting/words.py", "word = 'hi'\n");
    Path main = write("main.py", "import greeting\ntext = greeting.hello('you')\n");

    RunResult result = runOnce(main);

    assertThat(result.error()).isNull();
    assertThat(result.exports().get("text")).isEqualTo("hi you");
    assertThat(result.watched()).noneMatch(path -> path.toString().contains(".venv"));
  }

  @Test
  void aVenvOfAnotherPythonVersionSaysWhichAndTheWayOut() throws IOException {
    write(".venv/pyvenv.cfg", "version = 3.11.4\n");
    write(".venv/lib/python3.11/site-packages/old.py", "x = 1\n");
    Path main = write("main.py", "import old\n");

    Throwable error = runOnce(main).error();

    assertThat(error)
        .isInstanceOf(ScriptFailedException.class)
        .hasMessageContaining("python3.11")
        .hasMessageContaining("python3.12 -m venv");
    assertThat(((ScriptFailedException) error).file()).contains(dir.resolve(".venv/pyvenv.cfg"));
  }

  @Test
  void aCExtensionModuleFailsWithTheFileLineAndTheWayOut() throws IOException {
    write("fast.cpython-312-x86_64-linux-gnu.so", "not really a shared library");
    Path main = write("main.py", "x = 1\nimport fast\n");

    Throwable error = runOnce(main).error();

    assertThat(error).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException failed = (ScriptFailedException) error;
    assertThat(failed.line()).isEqualTo(2);
    assertThat(failed.scriptTrace()).contains("File \"main.py\", line 2", PyErrors.NATIVE_MODULES);
  }
}
