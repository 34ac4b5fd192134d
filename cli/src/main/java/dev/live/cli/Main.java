package dev.live.cli;

/** Entry point of the {@code live} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    CacheFolder.useForEngines();
    System.exit(LiveCommand.commandLine().execute(args));
  }
}
