package dev.live.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which of the process's standard streams are terminals. The launcher knows ({@code [ -t 0 ]},
 * {@code [ -t 2 ]}) and passes it in as system properties, as the JVM cannot tell for stderr, and
 * from JDK 22 {@link System#console()} is not null even when the streams are redirected
 * (JDK-8309155). Without the launcher, Linux's /proc tells; elsewhere both fall back to whether the
 * JVM's console is a terminal.
 */
final class Terminals {

  /** Set by the launcher to true or false: is standard input a terminal. */
  static final String STDIN_PROPERTY = "live.stdin.terminal";

  /** Set by the launcher to true or false: is standard error a terminal. */
  static final String STDERR_PROPERTY = "live.stderr.terminal";

  private Terminals() {}

  static boolean stdin() {
    return fromLauncher(STDIN_PROPERTY)
        .or(() -> fromProcFileSystem(0))
        .orElseGet(Terminals::consoleIsTerminal);
  }

  static boolean stderr() {
    return fromLauncher(STDERR_PROPERTY)
        .or(() -> fromProcFileSystem(2))
        .orElseGet(Terminals::consoleIsTerminal);
  }

  /**
   * True when this process is in the background of its terminal ({@code live run ... &}), where
   * reading the terminal would stop it (SIGTTIN): Linux's /proc/self/stat has the process group and
   * the terminal's foreground group. False where it cannot tell.
   */
  static boolean inBackground() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // After "pid (name) ": state, ppid, pgrp, session, tty_nr, tpgid.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long group = Long.parseLong(fields[2]);
      long foreground = Long.parseLong(fields[5]);
      return foreground > 0 && foreground != group;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** On Linux, a descriptor's link in /proc names its terminal device, or its file or pipe. */
  private static Optional<Boolean> fromProcFileSystem(int descriptor) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
      return Optional.of(target.startsWith("/dev/pts/") || target.startsWith("/dev/tty"));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static Optional<Boolean> fromLauncher(String property) {
    String value = System.getProperty(property);
    return value == null ? Optional.empty() : Optional.of(Boolean.parseBoolean(value));
  }

  /**
   * True when stdin and stdout are a terminal: before JDK 22 a console exists only then; from 22
   * {@code Console.isTerminal()} says it (called reflectively, as the build targets 17).
   */
  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
