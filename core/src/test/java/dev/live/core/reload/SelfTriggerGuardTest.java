package dev.live.core.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelfTriggerGuardTest {

  private final ManualScheduler clock = new ManualScheduler();
  private final List<String> warnings = new ArrayList<>();
  private final SelfTriggerGuard guard =
      new SelfTriggerGuard(clock::nanoTime, path -> path.getFileName().toString(), warnings::add);

  private final Path out = Path.of("/p/out.txt");
  private final Set<Path> changed = Set.of(out);

  /** A run ends having changed {@code out}, and the change it made asks for the next run. */
  private boolean selfTriggeredRunAfter(Duration pause) {
    guard.runEnded(changed);
    clock.advance(pause);
    return guard.isRunningItselfInALoop(changed);
  }

  @Test
  void fiveSelfTriggeredRunsWithinTheWindowAreALoop() {
    for (int i = 1; i < SelfTriggerGuard.SELF_TRIGGERED_RUNS; i++) {
      assertThat(selfTriggeredRunAfter(Duration.ofMillis(100))).as("run %s", i).isFalse();
    }

    assertThat(selfTriggeredRunAfter(Duration.ofMillis(100))).isTrue();
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("each run changes [out.txt], which the script watches");
  }

  @Test
  void selfTriggeredRunsSpreadWiderThanTheWindowAreNoLoop() {
    Duration pause = SelfTriggerGuard.WINDOW.dividedBy(SelfTriggerGuard.SELF_TRIGGERED_RUNS - 2);
    for (int i = 0; i < 3 * SelfTriggerGuard.SELF_TRIGGERED_RUNS; i++) {
      assertThat(selfTriggeredRunAfter(pause)).as("run %s", i).isFalse();
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void aChangeTheLastRunDidNotMakeStartsTheCountAgain() {
    for (int i = 1; i < SelfTriggerGuard.SELF_TRIGGERED_RUNS; i++) {
      selfTriggeredRunAfter(Duration.ofMillis(100));
    }
    guard.runEnded(changed);
    assertThat(guard.isRunningItselfInALoop(Set.of(Path.of("/p/main.py")))).isFalse();

    for (int i = 1; i < SelfTriggerGuard.SELF_TRIGGERED_RUNS; i++) {
      assertThat(selfTriggeredRunAfter(Duration.ofMillis(100))).as("run %s", i).isFalse();
    }
    assertThat(selfTriggeredRunAfter(Duration.ofMillis(100))).isTrue();
  }

  @Test
  void aRunStoppedBySavingDoesNotCount() {
    for (int i = 0; i < 2 * SelfTriggerGuard.SELF_TRIGGERED_RUNS; i++) {
      guard.runEnded(Set.of());
      assertThat(guard.isRunningItselfInALoop(changed)).isFalse();
    }
  }

  @Test
  void afterALoopIsReportedTheCountStartsAgain() {
    for (int i = 0; i < SelfTriggerGuard.SELF_TRIGGERED_RUNS; i++) {
      selfTriggeredRunAfter(Duration.ofMillis(100));
    }

    for (int i = 1; i < SelfTriggerGuard.SELF_TRIGGERED_RUNS; i++) {
      assertThat(selfTriggeredRunAfter(Duration.ofMillis(100))).as("run %s", i).isFalse();
    }
    assertThat(selfTriggeredRunAfter(Duration.ofMillis(100))).isTrue();
    assertThat(warnings).hasSize(2);
  }
}
