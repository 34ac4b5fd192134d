package dev.live.core.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoreRulesTest {

  @TempDir Path dir;

  @Test
  void aGlobWithoutASlashMatchesANameAtAnyDepthAndOneWithASlashAPath() {
    IgnoreRules rules = IgnoreRules.of(List.of("*.log", "build/**"), dir, true, null);

    assertThat(rules.ignores(dir.resolve("deep/down/run.log"))).isTrue();
    assertThat(rules.ignores(dir.resolve("build/out/main.js"))).isTrue();
    assertThat(rules.ignores(dir.resolve("src/build/main.js"))).isFalse();
    assertThat(rules.ignores(dir.resolve("main.py"))).isFalse();
  }

  @Test
  void aBadGlobIsAnIllegalArgumentThatNamesItAndWhatIsWrong() {
    assertThatThrownBy(() -> IgnoreRules.of(List.of("*.log", "["), dir, true, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--ignore '[' is not a valid glob: missing ] (at character 1). Put a \\ before each"
                + " of [ ] { } * ? meant literally.");
  }

  @Test
  void aBadPatternInAGitignoreIgnoresNothingAndTheOthersStillApply() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve(".gitignore"), "[\n*.tmp\n");

    IgnoreRules rules = IgnoreRules.of(List.of(), dir, true, null);

    assertThat(rules.ignoresBelow(data, data.resolve("cache.tmp"))).isTrue();
    assertThat(rules.ignoresBelow(data, data.resolve("points.csv"))).isFalse();
  }

  @Test
  void toolFoldersAndEditorFilesAreIgnoredUnlessTheWatchNamesThem() throws IOException {
    Path modules = Files.createDirectories(dir.resolve("node_modules/lib"));
    IgnoreRules rules = IgnoreRules.of(List.of(), dir, true, null);

    assertThat(rules.ignoresBelow(dir, modules.resolve("index.js"))).isTrue();
    assertThat(rules.ignoresBelow(dir, dir.resolve(".main.py.swp"))).isTrue();
    assertThat(rules.ignoresBelow(dir, dir.resolve("main.py~"))).isTrue();
    assertThat(rules.ignoresBelow(dir, dir.resolve("#main.py#"))).isTrue();
    assertThat(rules.ignoresBelow(dir, dir.resolve("main.py"))).isFalse();
    assertThat(rules.ignoresBelow(dir.resolve("node_modules"), modules.resolve("index.js")))
        .isFalse();
  }

  @Test
  void aLiveignoreOutranksTheGitignoreAndCanReincludeADefault() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Files.createDirectories(dir.resolve("build"));
    Files.writeString(dir.resolve(".gitignore"), "*.csv\n");
    Files.writeString(dir.resolve(".liveignore"), "!keep.csv\n!build/\n");
    IgnoreRules rules = IgnoreRules.of(List.of(), dir, true, null);

    assertThat(rules.ignoresBelow(dir, dir.resolve("drop.csv"))).isTrue();
    assertThat(rules.ignoresBelow(dir, dir.resolve("keep.csv"))).isFalse();
    assertThat(rules.ignoresBelow(dir, dir.resolve("build/out.js"))).isFalse();
  }

  @Test
  void withoutVcsRulesOnlyTheGitignoreStopsCounting() throws IOException {
    Files.writeString(dir.resolve(".gitignore"), "*.csv\n");
    Files.writeString(dir.resolve(".ignore"), "*.tsv\n");
    IgnoreRules rules = IgnoreRules.of(List.of(), dir, false, null);

    assertThat(rules.ignoresBelow(dir, dir.resolve("a.csv"))).isFalse();
    assertThat(rules.ignoresBelow(dir, dir.resolve("a.tsv"))).isTrue();
  }

  @Test
  void anEditedIgnoreFileIsReadAgain() throws IOException {
    Path gitignore = dir.resolve(".gitignore");
    Files.writeString(gitignore, "*.csv\n");
    IgnoreRules rules = IgnoreRules.of(List.of(), dir, true, null);
    assertThat(rules.ignoresBelow(dir, dir.resolve("a.csv"))).isTrue();

    Files.writeString(gitignore, "*.tsv\n");
    rules.ignoresBelow(dir, gitignore);

    assertThat(rules.ignoresBelow(dir, dir.resolve("a.csv"))).isFalse();
  }

  @Test
  void theGlobalExcludesFileComesFromTheGitConfigurationElseXdg() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    assertThat(GlobalExcludes.find(Map.of("HOME", home.toString())))
        .isEqualTo(home.resolve(".config/git/ignore"));
    assertThat(GlobalExcludes.find(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", "/x")))
        .isEqualTo(Path.of("/x/git/ignore"));

    Files.writeString(
        home.resolve(".gitconfig"), "[user]\n name = a\n[core]\n\texcludesFile = ~/ig\n");

    assertThat(GlobalExcludes.find(Map.of("HOME", home.toString()))).isEqualTo(home.resolve("ig"));
  }
}
