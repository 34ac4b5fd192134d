package dev.live.core.engine;

/**
 * The script asked to exit ({@code sys.exit(n)} and the like). It ends the run with that status; it
 * never ends the runner. Status 0 counts as success.
 */
public class ScriptExitException extends RuntimeException {

  private final int status;

  public ScriptExitException(int status) {
    super("exit status " + status);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
