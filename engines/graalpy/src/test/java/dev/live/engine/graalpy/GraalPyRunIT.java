package dev.live.engine.graalpy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.EngineRegistry;
import dev.live.core.engine.ScriptExitException;
import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.LiveSession;
import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python 3 runs as the other engines do, on the real GraalPy (one engine for the class): live local
 * imports, the {@code live} object, {@code sys.argv} and exits, CPython's tracebacks.
 */
class GraalPyRunIT {

  @TempDir Path dir;

  private final List<LiveSession> sessions = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private LiveSession session(Path main, List<String> arguments) {
    LiveSession session =
        LiveSession.builder(main, new EngineRegistry(List.of(SharedGraalPy.provider())))
            .workingDirectory(dir)
            .arguments(arguments)
            .listener(
                new SessionListener() {
                  @Override
                  public void warning(String message) {
                    warnings.add(message);
                  }
                })
            .build();
    sessions.add(session);
    return session;
  }

  @AfterEach
  void close() {
    sessions.forEach(LiveSession::close);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void localImportsAndOpenedFilesAreWatchedAndReadAfreshEachRun() throws IOException {
    write("util.py", "def value():\n    return 1\n");
    write("notes.txt", "note");
    Path main =
        write(
            "main.py",
            """
            import json, os, util
            with open(os.path.join(os.path.dirname(__file__), "notes.txt")) as f:
                notes = f.read()
            value = util.value()
            """);
    LiveSession session = session(main, List.of());
    RunResult first = session.runOnce();
    assertThat(first.error()).isNull();
    assertThat(first.exports().get("value")).isEqualTo(1);
    assertThat(first.watched())
        .contains(main, dir.resolve("util.py"), dir.resolve("notes.txt"))
        .allSatisfy(path -> assertThat(path.startsWith(dir)).as("%s", path).isTrue());

    write("util.py", "def value():\n    return 2\n");
    RunResult second = session.runOnce();

    assertThat(second.exports().get("value")).isEqualTo(2);
  }

  @Test
  void argvAndExitsEndTheRunWithTheirStatus() throws IOException {
    Path main = write("main.py", "import sys\nargs = sys.argv[1:]\n");
    RunResult ran = session(main, List.of("a", "b")).runOnce();
    assertThat(ran.exports().get("args")).isEqualTo(List.of("a", "b"));

    write("main.py", "import sys\nsys.exit(3)\n");
    assertThat(session(main, List.of()).runOnce().error())
        .isInstanceOfSatisfying(
            ScriptExitException.class, e -> assertThat(e.status()).isEqualTo(3));

    write("main.py", "exit()\n");
    assertThat(session(main, List.of()).runOnce().error())
        .isInstanceOfSatisfying(ScriptExitException.class, e -> assertThat(e.status()).isZero());
  }

  @Test
  void theLiveObjectKeepsStateAndRunsDisposeHooks() throws IOException {
    Path main =
        write(
            "main.py",
            """
            seen = live.keep("seen", lambda: [])
            seen.append(live.run)
            live.state["last"] = live.run
            live.onDispose(lambda: seen.append("disposed"))
            count = len(seen)
            """);
    LiveSession session = session(main, List.of());
    assertThat(session.runOnce().error()).isNull();

    RunResult second = session.runOnce();

    assertThat(second.error()).isNull();
    assertThat(session.state().get("seen")).isEqualTo(List.of(1, "disposed", 2));
    assertThat(session.state().get("last")).isEqualTo(2);
  }

  @Test
  void anErrorIsCPythonsTracebackWithRelativePathsAndNoLoaderFrames() throws IOException {
    write("util.py", "def fail(x):\n    return 1 / x\n");
    Path main = write("main.py", "import util\n\nutil.fail(0)\n");

    Throwable error = session(main, List.of()).runOnce().error();

    assertThat(error).isInstanceOf(ScriptFailedException.class);
    ScriptFailedException failed = (ScriptFailedException) error;
    assertThat(failed.scriptTrace())
        .isEqualTo(
            """
            Traceback (most recent call last):
              File "main.py", line 3, in <module>
                util.fail(0)
              File "util.py", line 2, in fail
                return 1 / x
                       ~~^~~
            ZeroDivisionError: division by zero""");
    assertThat(failed.file()).contains(dir.resolve("util.py"));
    assertThat(failed.line()).isEqualTo(2);
    assertThat(failed.errorType()).isEqualTo("ZeroDivisionError");
  }

  @Test
  void aMissingModuleOrBadSyntaxNamesTheFileAndLine() throws IOException {
    Path main = write("main.py", "x = 1\nimport not_here\n");
    ScriptFailedException missing =
        (ScriptFailedException) session(main, List.of()).runOnce().error();
    assertThat(missing.scriptTrace())
        .contains("File \"main.py\", line 2", "ModuleNotFoundError: No module named 'not_here'")
        .endsWith(PyErrors.whereModulesAre("not_here"));
    assertThat(PyErrors.whereModulesAre("not_here"))
        .contains("--venv DIR", "put not_here.py there", "install --target");

    write("main.py", "x = 1\ndef f(:\n");
    ScriptFailedException syntax =
        (ScriptFailedException) session(main, List.of()).runOnce().error();
    assertThat(syntax.errorType()).isEqualTo("SyntaxError");
    assertThat(syntax.file()).contains(main);
    assertThat(syntax.line()).isEqualTo(2);
    assertThat(syntax.scriptTrace())
        .startsWith("  File \"main.py\", line 2")
        .doesNotContain("loader");
  }

  @Test
  void aSyntaxErrorAtTheEndOfAFileNamesItsLastLineAsCPythonDoes() throws IOException {
    Path main = write("main.py", "x = 1\ndef f():\n");
    write("util.py", "y = 2\nclass C:\n");
    for (String source : List.of("x = 1\ndef f():\n", "import util\n")) {
      write("main.py", source);
      ScriptFailedException syntax =
          (ScriptFailedException) session(main, List.of()).runOnce().error();
      assertThat(syntax.errorType()).isEqualTo("IndentationError");
      assertThat(syntax.line()).isEqualTo(2);
      assertThat(syntax.scriptTrace())
          .contains("line 2\n", "expected an indented block after")
          .doesNotContain("During handling");
    }
  }
}
