package dev.live.core.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.live.core.modules.Fingerprint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class MidSaveCheckTest {

  private final ManualScheduler clock = new ManualScheduler();
  private final List<Path> lookedAgain = new ArrayList<>();
  private final MidSaveCheck check = new MidSaveCheck(clock, lookedAgain::add);

  private final Path file = Path.of("/p/main.py");
  private final Fingerprint content = Fingerprint.of(new byte[] {1});

  @Test
  void aFileFoundMissingIsLookedAtAgainAfterTheGrace() {
    assertThat(check.isMidSave(file, Fingerprint.ABSENT)).isTrue();

    clock.advance(MidSaveCheck.GRACE.minus(Duration.ofMillis(1)));
    assertThat(lookedAgain).isEmpty();

    clock.advance(Duration.ofMillis(1));
    assertThat(lookedAgain).containsExactly(file);
  }

  @Test
  void aFileStillEmptyAtTheSecondLookIsAChange() {
    assertThat(check.isMidSave(file, Fingerprint.EMPTY)).isTrue();
    clock.advance(MidSaveCheck.GRACE);

    assertThat(check.isMidSave(file, Fingerprint.EMPTY)).isFalse();
  }

  @Test
  void aFileWithContentIsNeverMidSave() {
    assertThat(check.isMidSave(file, content)).isFalse();

    clock.advance(Duration.ofSeconds(1));
    assertThat(lookedAgain).isEmpty();
  }

  @Test
  void aFileWrittenBeforeTheSecondLookStartsAfresh() {
    assertThat(check.isMidSave(file, Fingerprint.ABSENT)).isTrue();
    assertThat(check.isMidSave(file, content)).isFalse();

    assertThat(check.isMidSave(file, Fingerprint.ABSENT)).isTrue();
  }

  @Test
  void withoutASchedulerToLookAgainTheChangeCountsAtOnce() {
    Scheduler closed =
        new Scheduler() {
          @Override
          public long nanoTime() {
            return 0;
          }

          @Override
          public Cancellable schedule(Runnable task, Duration delay) {
            throw new RejectedExecutionException("shut down");
          }
        };
    MidSaveCheck closing = new MidSaveCheck(closed, lookedAgain::add);

    assertThat(closing.isMidSave(file, Fingerprint.ABSENT)).isFalse();
    assertThat(closing.isMidSave(file, Fingerprint.ABSENT)).isFalse();
  }
}
