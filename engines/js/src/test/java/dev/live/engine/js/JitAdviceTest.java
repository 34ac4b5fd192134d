package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JitAdviceTest {

  @Test
  void saysOnceAfterTheFirstSlowRunWhyTheJitCannotRun() {
    JitAdvice advice = new JitAdvice(Optional.of("the Graal compiler needs JDK 25"));

    assertThat(advice.after(Duration.ofMillis(999))).isEmpty();
    assertThat(advice.after(Duration.ofSeconds(1)))
        .containsExactly("JavaScript runs interpreted: the Graal compiler needs JDK 25");
    assertThat(advice.after(Duration.ofSeconds(5))).isEmpty();
  }

  @Test
  void saysNothingWhenTheJitRunsOrTheUserTurnedItOff() {
    assertThat(new JitAdvice(Optional.empty()).after(Duration.ofSeconds(5))).isEmpty();
  }
}
