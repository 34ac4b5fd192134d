package dev.live.engine.js.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.engine.SourceFile;
import java.nio.file.Path;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/** The Sources of the modules live evaluates, kept across runs while their text stays. */
class NodeSourcesTest {

  private final NodeSources cache = new NodeSources();

  private static SourceFile file(String name, String text) {
    return new SourceFile(Path.of("/project", name), name, text, false);
  }

  @Test
  void anUnchangedFileGetsTheSameSourceInTheNextRun() {
    cache.runStarting();
    Source first = cache.script(file("fib.js", "function fib(n) {}"), false);
    cache.runStarting();
    Source second = cache.script(file("fib.js", "function fib(n) {}"), false);

    assertThat(second).isSameAs(first);
    assertThat(second.getCharacters().toString()).isEqualTo("function fib(n) {}");
  }

  @Test
  void aChangedFileGetsANewSource() {
    cache.runStarting();
    Source before = cache.script(file("fib.js", "var a = 1;"), false);
    cache.runStarting();
    Source after = cache.script(file("fib.js", "var a = 2;"), false);

    assertThat(after).isNotSameAs(before);
    assertThat(after.getCharacters().toString()).isEqualTo("var a = 2;");
  }

  @Test
  void aFileTheLastRunDidNotUseIsLetGo() {
    cache.runStarting();
    cache.script(file("old.js", "var a = 1;"), false);
    cache.script(file("kept.js", "var b = 1;"), false);
    cache.runStarting();
    cache.script(file("kept.js", "var b = 1;"), false);
    assertThat(cache.scriptsHeld()).isEqualTo(2);

    cache.runStarting();

    assertThat(cache.scriptsHeld()).as("kept.js, which the last run used").isEqualTo(1);
  }

  @Test
  void anEsModuleAndAScriptOfTheSameTextAreDifferentSources() {
    cache.runStarting();
    Source script = cache.script(file("m.mjs", "export const a = 1;"), false);
    Source module = cache.script(file("m.mjs", "export const a = 1;"), true);

    assertThat(module).isNotSameAs(script);
    assertThat(module.getMimeType()).isEqualTo("application/javascript+module");
  }
}
