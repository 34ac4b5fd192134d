package dev.live.cli;

import dev.live.core.reload.RunResult;
import dev.live.core.reload.SessionListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Several listeners heard as one, each call passed on in the order given. */
final class SessionListeners implements SessionListener {

  private final List<SessionListener> listeners;

  SessionListeners(List<SessionListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void runStarting(int number, Set<Path> changed) {
    listeners.forEach(listener -> listener.runStarting(number, changed));
  }

  @Override
  public void runContinues(int number, Duration mainTime) {
    listeners.forEach(listener -> listener.runContinues(number, mainTime));
  }

  @Override
  public void runFinished(RunResult result) {
    listeners.forEach(listener -> listener.runFinished(result));
  }

  @Override
  public void warning(String message) {
    listeners.forEach(listener -> listener.warning(message));
  }
}
