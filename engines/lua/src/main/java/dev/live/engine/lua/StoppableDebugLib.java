package dev.live.engine.lua;

import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.DebugLib;

/**
 * luaj's debug library, which the interpreter calls before every instruction, with a stop switch:
 * luaj does not stop on {@link Thread#interrupt()}, so cancelling a run sets the switch and the
 * next instruction throws. It keeps throwing, so a {@code pcall} cannot swallow the stop. It also
 * gives errors their {@code stack traceback}.
 */
final class StoppableDebugLib extends DebugLib {

  private volatile boolean stopped;

  void stop() {
    stopped = true;
  }

  @Override
  public void onInstruction(int pc, Varargs v, int top) {
    if (stopped) {
      throw new StopRun();
    }
    super.onInstruction(pc, v, top);
  }

  /** Thrown into a running Lua chunk to end it. */
  static final class StopRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopRun() {
      super("run stopped by live", null, false, false);
    }
  }
}
