package dev.live.engine.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JitAdviceTest {

  @Test
  void advisesOnceAfterTheFirstSlowRunWhenTheCompilerWouldWork() {
    JitAdvice advice = new JitAdvice(true);

    assertThat(advice.after(Duration.ofMillis(999))).isEmpty();
    assertThat(advice.after(Duration.ofSeconds(1)))
        .containsExactly(
            "JavaScript runs interpreted; LIVE_JIT=graal compiles hot code, 4 to 20 times faster,"
                + " for a start about 0.3 s slower");
    assertThat(advice.after(Duration.ofSeconds(5))).isEmpty();
  }

  @Test
  void saysNothingWhenTheLauncherFoundNoCompiler() {
    assertThat(new JitAdvice(false).after(Duration.ofSeconds(5))).isEmpty();
  }
}
