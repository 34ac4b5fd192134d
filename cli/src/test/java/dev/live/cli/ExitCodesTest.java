package dev.live.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.live.core.engine.ScriptExitException;
import dev.live.core.reload.RunResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The exit status after each kind of outcome, and of what a command throws. */
class ExitCodesTest {

  private static RunResult endedWith(Throwable error) {
    return new RunResult(1, Set.of(), Duration.ZERO, null, error, Set.of(), List.of());
  }

  @Test
  void aRunThatSucceededExitsWith0() {
    assertThat(ExitCodes.of(endedWith(null))).isZero();
  }

  @Test
  void aRunThatFailedExitsWith1() {
    assertThat(ExitCodes.of(endedWith(new IllegalStateException("boom")))).isEqualTo(1);
  }

  @Test
  void aScriptThatExitedGivesItsOwnStatus() {
    assertThat(ExitCodes.of(endedWith(new ScriptExitException(3)))).isEqualTo(3);
    assertThat(ExitCodes.of(endedWith(new ScriptExitException(0)))).isZero();
  }

  @Test
  void signalsEndWith128PlusTheirNumber() {
    assertThat(ExitCodes.HUNG_UP).isEqualTo(128 + 1);
    assertThat(ExitCodes.INTERRUPTED).isEqualTo(128 + 2);
    assertThat(ExitCodes.TERMINATED).isEqualTo(128 + 15);
  }

  @Test
  void aUsageExceptionIsOneLineAndExitCode2() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine commandLine = LiveCommand.commandLine().setErr(new PrintWriter(err));

    int status = ExitCodes.report(new UsageException("no engine for 'a.x'"), commandLine, null);

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("live: no engine for 'a.x'" + System.lineSeparator());
  }

  @Test
  void aDefectGoesBackToPicocliForItsStackTraceAndExitsWith2() {
    IllegalStateException defect = new IllegalStateException("a defect");

    assertThatThrownBy(() -> ExitCodes.report(defect, LiveCommand.commandLine(), null))
        .isSameAs(defect);
    assertThat(ExitCodes.ofException(defect)).isEqualTo(2);
  }
}
