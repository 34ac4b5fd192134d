package dev.live.engine.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.ScriptFailedException;
import dev.live.core.reload.EngineSessions;
import dev.live.core.reload.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors as Python prints them, on the real Jython: a traceback's files, lines and source text, a
 * syntax error's location, with paths relative to the working directory.
 */
class PythonErrorsIT {

  @TempDir Path dir;

  @RegisterExtension final EngineSessions sessions = new EngineSessions(() -> dir);

  /** Runs {@code main.py} once; the run must fail with a script error. */
  private ScriptFailedException failure(String main) throws IOException {
    RunResult result = sessions.runOnce(sessions.write("main.py", main));
    assertThat(result.error()).isInstanceOf(ScriptFailedException.class);
    return (ScriptFailedException) result.error();
  }

  /** Programs in Python 3 syntax that Jython refuses, each with the construct its hint names. */
  static Stream<Arguments> python3Programs() {
    return Stream.of(
        Arguments.of("an f-string", "name = 'x'\nprint(f\"hi {name}\")\n"),
        Arguments.of("print() with keyword arguments", "print('a', end='')\n"),
        Arguments.of("async/await", "async def main():\n    await main()\n"),
        Arguments.of("the walrus operator :=", "if (n := 10) > 5:\n    pass\n"),
        Arguments.of(
            "nonlocal",
            "def outer():\n    count = 0\n    def inner():\n        nonlocal count\n"
                + "        count += 1\n    inner()\n"),
        Arguments.of("yield from", "def gen():\n    yield from range(3)\n"),
        Arguments.of("a return type annotation", "def f() -> int:\n    return 1\n"),
        Arguments.of("type annotations", "def f(x: int):\n    return x\n"),
        Arguments.of("type annotations", "count: int = 0\n"),
        Arguments.of("type annotations", "def f(\n    x: int,\n    y: str,\n):\n    pass\n"),
        Arguments.of("keyword-only arguments", "def f(*, key):\n    return key\n"),
        Arguments.of("keyword-only arguments", "def f(*args, key=1):\n    return key\n"),
        Arguments.of("a metaclass keyword", "class A(metaclass=type):\n    pass\n"),
        Arguments.of("starred unpacking", "first, *rest = [1, 2, 3]\n"),
        Arguments.of("starred unpacking", "both = [*[1], *[2]]\n"),
        Arguments.of("starred unpacking", "merged = {**{'a': 1}, **{'b': 2}}\n"),
        Arguments.of(
            "raise ... from",
            "try:\n    pass\nexcept Exception as e:\n    raise ValueError('x') from e\n"),
        Arguments.of(
            "a match statement", "command = 'go'\nmatch command:\n    case 'go':\n        pass\n"),
        Arguments.of("positional-only parameters", "def f(a, /, b):\n    return a\n"),
        Arguments.of("underscores in a number", "big = 1_000_000\n"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("python3Programs")
  void python3SyntaxFailsWithTheHintToRunItOnPython3(String construct, String program)
      throws IOException {
    ScriptFailedException failed = failure(program);

    assertThat(failed.scriptTrace())
        .contains("SyntaxError")
        .endsWith(
            "This line uses "
                + construct
                + ", which is Python 3: make #!/usr/bin/env python3 the file's first line to run"
                + " it on Python 3.");
  }

  @Test
  void aTracebackShowsEachFramesFileLineFunctionAndSourceText() throws IOException {
    sessions.write("util.py", "def ratio(a, b):\n    return a / b\n");

    ScriptFailedException failed = failure("util = use(\"util\")\nprint util.ratio(1, 0)\n");

    assertThat(failed.scriptTrace())
        .isEqualTo(
            """
            Traceback (most recent call last):
              File "main.py", line 2, in <module>
                print util.ratio(1, 0)
              File "util.py", line 2, in ratio
                return a / b
            ZeroDivisionError: integer division or modulo by zero""");
    assertThat(failed.file()).contains(dir.resolve("util.py"));
    assertThat(failed.line()).isEqualTo(2);
    assertThat(failed.errorType()).isEqualTo("ZeroDivisionError");
    assertThat(failed.errorMessage()).isEqualTo("integer division or modulo by zero");
  }

  @Test
  void aScriptsOwnExceptionClassKeepsItsNameAndMessage() throws IOException {
    ScriptFailedException failed =
        failure(
            """
            class BadThing(Exception):
                pass

            def check():
                raise BadThing("it broke")

            check()
            """);

    assertThat(failed.errorType()).isEqualTo("BadThing");
    assertThat(failed.errorMessage()).isEqualTo("it broke");
    assertThat(failed.getMessage()).isEqualTo("BadThing: it broke");
    assertThat(failed.line()).isEqualTo(5);
    assertThat(failed.scriptTrace())
        .endsWith(
            """
              File "main.py", line 7, in <module>
                check()
              File "main.py", line 5, in check
                raise BadThing("it broke")
            BadThing: it broke""");
  }

  @Test
  void anExceptionWithoutAMessageIsItsTypeAlone() throws IOException {
    ScriptFailedException failed = failure("x = 1\nraise ValueError\n");

    assertThat(failed.getMessage()).isEqualTo("ValueError");
    assertThat(failed.errorMessage()).isEmpty();
    assertThat(failed.scriptTrace()).endsWith("raise ValueError\nValueError");
  }

  @Test
  void aSyntaxErrorPointsAtItsFileLineAndColumn() throws IOException {
    ScriptFailedException failed = failure("x = 1\ndef broken(:\n    pass\n");

    assertThat(failed.scriptTrace())
        .isEqualTo(
            """
              File "main.py", line 2
                def broken(:
                          ^
            SyntaxError: no viable alternative at input ':'""");
    assertThat(failed.file()).contains(dir.resolve("main.py"));
    assertThat(failed.line()).isEqualTo(2);
    assertThat(failed.errorType()).isEqualTo("SyntaxError");
  }

  @Test
  void aSyntaxErrorInAModuleNamesTheModulesFile() throws IOException {
    sessions.write("util.py", "def ok():\n    return 1\nif True\n    pass\n");

    ScriptFailedException failed = failure("util = use(\"util\")\n");

    assertThat(failed.file()).contains(dir.resolve("util.py"));
    assertThat(failed.line()).isEqualTo(3);
    assertThat(failed.scriptTrace()).startsWith("  File \"util.py\", line 3\n    if True\n");
  }

  @Test
  void deepRecursionShowsARepeatedFrameAFewTimesThenCountsTheRest() throws IOException {
    ScriptFailedException failed = failure("def down(n):\n    return down(n + 1)\n\ndown(0)\n");

    assertThat(failed.errorType()).isEqualTo("RuntimeError");
    assertThat(failed.scriptTrace())
        .containsPattern("\\[Previous frame repeated \\d+ more times]")
        .contains("File \"main.py\", line 2, in down");
    assertThat(failed.scriptTrace().lines()).hasSizeLessThan(20);
  }
}
