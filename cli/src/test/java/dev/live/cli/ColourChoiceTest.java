package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.cli.ColourChoice.When;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColourChoiceTest {

  @Test
  void autoFollowsStderr() {
    assertThat(ColourChoice.colours(When.AUTO, Map.of(), true)).isTrue();
    assertThat(ColourChoice.colours(When.AUTO, Map.of(), false)).isFalse();
  }

  @Test
  void noColorWithAnyValueTurnsAutoOff() {
    assertThat(ColourChoice.colours(When.AUTO, Map.of("NO_COLOR", "0"), true)).isFalse();
    assertThat(ColourChoice.colours(When.AUTO, Map.of("NO_COLOR", ""), true)).isTrue();
  }

  @Test
  void clicolorForceTurnsAutoOnUnlessZero() {
    assertThat(ColourChoice.colours(When.AUTO, Map.of("CLICOLOR_FORCE", "1"), false)).isTrue();
    assertThat(ColourChoice.colours(When.AUTO, Map.of("CLICOLOR_FORCE", "0"), false)).isFalse();
    assertThat(
            ColourChoice.colours(When.AUTO, Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), false))
        .isFalse();
  }

  @Test
  void alwaysAndNeverWinOverTheEnvironment() {
    assertThat(ColourChoice.colours(When.ALWAYS, Map.of("NO_COLOR", "1"), false)).isTrue();
    assertThat(ColourChoice.colours(When.NEVER, Map.of("CLICOLOR_FORCE", "1"), true)).isFalse();
  }
}
