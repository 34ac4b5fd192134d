package dev.live.core.reload;

import dev.live.core.bridge.BridgeModule;
import dev.live.core.engine.RunCancelledException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How one run ended.
 *
 * @param number 1 for the first run, then counting up
 * @param changed the files whose change triggered the run; empty for the first run and for a run
 *     asked for with {@link LiveSession#runAgain()}
 * @param duration wall time of the run
 * @param exports the main module, when the run succeeded
 * @param error what failed, when it did not
 * @param watched the files the run read or looked for: the next run starts when one changes
 * @param advice what the engines the run used suggest to the user (not errors), each said once
 */
public record RunResult(
    int number,
    Set<Path> changed,
    Duration duration,
    BridgeModule exports,
    Throwable error,
    Set<Path> watched,
    List<String> advice) {

  public boolean succeeded() {
    return error == null;
  }

  public boolean cancelled() {
    return error instanceof RunCancelledException;
  }

  public Optional<BridgeModule> exportsIfOk() {
    return Optional.ofNullable(exports);
  }
}
