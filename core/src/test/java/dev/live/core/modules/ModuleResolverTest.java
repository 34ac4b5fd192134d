package dev.live.core.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ModuleResolverTest {

  @TempDir Path dir;

  private final ModuleResolver resolver =
      new ModuleResolver(List.of(List.of("js", "mjs"), List.of("py")), List.of());

  private Path file(String name) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    Files.writeString(path, "");
    return path;
  }

  @Test
  void triesTheCallersLanguageFirst() throws IOException {
    Path main = file("main.py");
    file("util.js");
    Path python = file("util.py");

    assertThat(resolver.resolve("util", main, main).file()).isEqualTo(python);
    assertThat(resolver.resolve("util", dir.resolve("other.js"), main).file())
        .isEqualTo(dir.resolve("util.js"));
  }

  @Test
  void fallsBackToTheOtherLanguagesInRegistryOrder() throws IOException {
    Path main = file("main.py");
    Path mjs = file("util.mjs");

    ModuleResolver.Resolution resolution = resolver.resolve("util", main, main);

    assertThat(resolution.file()).isEqualTo(mjs);
    assertThat(resolution.tried())
        .containsExactly(dir.resolve("util.py"), dir.resolve("util.js"), mjs);
  }

  @Test
  void looksNextToTheCallerThenTheMainFileThenTheSearchPath() throws IOException {
    Path main = file("main.py");
    Path caller = file("lib/caller.py");
    Path besideMain = file("shared.py");
    Path besideCaller = file("lib/shared.py");
    Path onPath = file("extra/only.js");
    ModuleResolver withPath =
        new ModuleResolver(
            List.of(List.of("js", "mjs"), List.of("py")), List.of(dir.resolve("extra")));

    assertThat(withPath.resolve("shared", caller, main).file()).isEqualTo(besideCaller);
    Files.delete(besideCaller);
    assertThat(withPath.resolve("shared", caller, main).file()).isEqualTo(besideMain);
    assertThat(withPath.resolve("only", caller, main).file()).isEqualTo(onPath);
  }

  @Test
  void aNameWithAnInstalledExtensionNamesThatFileExactly() throws IOException {
    Path main = file("main.py");
    file("lib/util.py");
    Path js = file("lib/util.js");

    ModuleResolver.Resolution resolution = resolver.resolve("lib/util.js", main, main);

    assertThat(resolution.file()).isEqualTo(js);
    assertThat(resolution.tried()).containsExactly(js);
  }

  @Test
  void aMissingModuleListsEveryPathTried() throws IOException {
    Path main = file("main.py");

    assertThatThrownBy(() -> resolver.resolve("nope", main, main))
        .isInstanceOf(ModuleNotFoundException.class)
        .hasMessageContaining("no module 'nope'")
        .hasMessageContaining(dir.resolve("nope.py").toString())
        .hasMessageContaining(dir.resolve("nope.mjs").toString())
        .hasMessageContaining("--path")
        .extracting(e -> ((ModuleNotFoundException) e).tried())
        .asList()
        .hasSize(3);
  }

  @Test
  void anEmptyNameIsRejected() throws IOException {
    Path main = file("main.py");

    assertThatThrownBy(() -> resolver.resolve(" ", main, main))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("module name");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aLinkToADeviceIsFoundSoThatReadingItSaysWhatItIs() throws IOException {
    Path main = file("main.py");
    Path zero = Files.createSymbolicLink(dir.resolve("zero.py"), Path.of("/dev/zero"));

    assertThat(resolver.resolve("zero", main, main).file()).isEqualTo(zero);
  }

  @Test
  void aFolderNamedLikeAModuleIsSkipped() throws IOException {
    Path main = file("main.py");
    Files.createDirectories(dir.resolve("util.py"));
    Path js = file("util.js");

    assertThat(resolver.resolve("util", main, main).file()).isEqualTo(js);
  }
}
