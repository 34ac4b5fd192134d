package dev.live.core.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoreRulesTest {

  @TempDir Path dir;

  @Test
  void aGlobWithoutASlashMatchesANameAtAnyDepthAndOneWithASlashAPath() {
    IgnoreRules rules = IgnoreRules.of(List.of("*.log", "build/**"), dir, List.of());

    assertThat(rules.ignores(dir.resolve("deep/down/run.log"))).isTrue();
    assertThat(rules.ignores(dir.resolve("build/out/main.js"))).isTrue();
    assertThat(rules.ignores(dir.resolve("src/build/main.js"))).isFalse();
    assertThat(rules.ignores(dir.resolve("main.py"))).isFalse();
  }

  @Test
  void aBadGlobIsAnIllegalArgumentThatNamesItAndWhatIsWrong() {
    assertThatThrownBy(() -> IgnoreRules.of(List.of("*.log", "["), dir, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--ignore '[' is not a valid glob: missing ] (at character 1). Put a \\ before each"
                + " of [ ] { } * ? meant literally.");
  }

  @Test
  void aBadPatternInAGitignoreIgnoresNothingAndTheOthersStillApply() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve(".gitignore"), "[\n*.tmp\n");

    IgnoreRules rules = IgnoreRules.of(List.of(), dir, List.of(data));

    assertThat(rules.ignores(data.resolve("cache.tmp"))).isTrue();
    assertThat(rules.ignores(data.resolve("points.csv"))).isFalse();
  }
}
