package dev.live.engine.truffle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LastTwoRunsTest {

  private final AtomicInteger made = new AtomicInteger();
  private final LastTwoRuns<String, String> kept = new LastTwoRuns<>();

  private String use(String key) {
    return kept.get(key, k -> k + " #" + made.incrementAndGet());
  }

  @Test
  void aKeyUsedInTheLastRunGetsTheSameValue() {
    String first = use("a");
    kept.runStarting();
    assertThat(use("a")).isSameAs(first);
    assertThat(made).hasValue(1);
  }

  @Test
  void aKeyNoRunUsedSinceTheOneBeforeTheLastIsMadeAgain() {
    use("a");
    use("b");
    kept.runStarting();
    use("b");
    kept.runStarting();
    assertThat(kept.held()).as("b, which the last run used").isEqualTo(1);
    assertThat(use("a")).isEqualTo("a #3");
  }
}
