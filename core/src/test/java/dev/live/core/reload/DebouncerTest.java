package dev.live.core.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.watch.ChangeBatch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DebouncerTest {

  private final ManualScheduler clock = new ManualScheduler();
  private final List<ChangeBatch> batches = new ArrayList<>();
  private final Debouncer debouncer =
      new Debouncer(Duration.ofMillis(20), Duration.ofMillis(200), clock, batches::add);

  private final Path a = Path.of("/p/a.py");
  private final Path b = Path.of("/p/b.js");

  @Test
  void aBurstOfEventsGivesOneBatch() {
    debouncer.signal(a);
    clock.advance(Duration.ofMillis(5));
    debouncer.signal(a);
    clock.advance(Duration.ofMillis(5));
    debouncer.signal(b);
    clock.advance(Duration.ofMillis(19));

    assertThat(batches).isEmpty();

    clock.advance(Duration.ofMillis(1));

    assertThat(batches).containsExactly(new ChangeBatch(Set.of(a, b)));
  }

  @Test
  void burstsSeparatedByTheQuietPeriodGiveOneBatchEach() {
    debouncer.signal(a);
    clock.advance(Duration.ofMillis(25));
    debouncer.signal(b);
    clock.advance(Duration.ofMillis(25));

    assertThat(batches).containsExactly(new ChangeBatch(Set.of(a)), new ChangeBatch(Set.of(b)));
  }

  @Test
  void aFileWrittenWithoutPauseStillGetsABatchAfterTheMaximumDelay() {
    for (int i = 0; i < 30; i++) {
      debouncer.signal(a);
      clock.advance(Duration.ofMillis(10));
    }

    assertThat(batches).hasSizeGreaterThanOrEqualTo(1);
    assertThat(batches.get(0).paths()).containsExactly(a);
  }

  @Test
  void nothingHappensWithoutEvents() {
    clock.advance(Duration.ofSeconds(10));

    assertThat(batches).isEmpty();
  }
}
