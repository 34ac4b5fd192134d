package dev.live.engine.graalpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.live.core.engine.ScriptFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which virtual environment a run imports from, and the errors of one that cannot serve. */
class VirtualEnvTest {

  @TempDir Path dir;

  private Path main() {
    return dir.resolve("project/main.py");
  }

  private Path sitePackages(String venv, String python) throws IOException {
    return Files.createDirectories(dir.resolve(venv).resolve("lib/" + python + "/site-packages"));
  }

  private static Map<String, String> named(Path venv) {
    return Map.of(VirtualEnv.VARIABLE, venv.toString());
  }

  @Test
  void theNamedEnvironmentWinsOverTheProjectsVenv() throws IOException {
    sitePackages("project/.venv", "python3.12");
    Path chosen = sitePackages("chosen", "python3.12");

    assertThat(VirtualEnv.sitePackages(main(), named(dir.resolve("chosen")))).contains(chosen);
  }

  @Test
  void withoutANameTheVenvBesideTheMainFileServesIfItHasOne() throws IOException {
    assertThat(VirtualEnv.sitePackages(main(), Map.of())).isEmpty();
    Files.createDirectories(dir.resolve("project/.venv/lib"));
    assertThat(VirtualEnv.sitePackages(main(), Map.of(VirtualEnv.VARIABLE, " "))).isEmpty();

    Path packages = sitePackages("project/.venv", "python3.12");
    assertThat(VirtualEnv.sitePackages(main(), Map.of())).contains(packages);
  }

  @Test
  void aNamedFolderThatDoesNotExistSaysHowToMakeIt() {
    Path missing = dir.resolve("missing");

    assertThatThrownBy(() -> VirtualEnv.sitePackages(main(), named(missing)))
        .isInstanceOf(ScriptFailedException.class)
        .hasMessageContaining("the virtual environment " + missing)
        .hasMessageContaining("does not exist: make it with python3.12 -m venv " + missing)
        .hasMessageContaining("--venv");
  }

  @Test
  void aNamedFolderOrFileThatIsNoVenvSaysWhatIsMissing() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("plain"));
    Path file = Files.writeString(dir.resolve("file"), "");

    for (Path notVenv : new Path[] {folder, file}) {
      assertThatThrownBy(() -> VirtualEnv.sitePackages(main(), named(notVenv)))
          .isInstanceOf(ScriptFailedException.class)
          .hasMessageContaining(notVenv + " (--venv, venv in live.toml or $VIRTUAL_ENV)")
          .hasMessageContaining("is not a virtual environment: it has no lib/python3.12/")
          .satisfies(e -> assertThat(((ScriptFailedException) e).file()).contains(notVenv));
    }
  }

  @Test
  void aVenvOfAnotherVersionNamesItsConfigAndTheWayOut() throws IOException {
    sitePackages("old", "python3.11");
    Path config = Files.writeString(dir.resolve("old/pyvenv.cfg"), "version = 3.11.4\n");

    assertThatThrownBy(() -> VirtualEnv.sitePackages(main(), named(dir.resolve("old"))))
        .isInstanceOf(ScriptFailedException.class)
        .hasMessageContaining("is for python3.11, and Python 3 in live is 3.12")
        .hasMessageContaining("python3.12 -m venv " + dir.resolve("old"))
        .satisfies(e -> assertThat(((ScriptFailedException) e).file()).contains(config));
  }
}
