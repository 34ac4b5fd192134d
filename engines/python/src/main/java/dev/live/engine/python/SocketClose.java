package dev.live.engine.python;

import org.python.core.CompileMode;
import org.python.core.CompilerFlags;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PyStringMap;

/**
 * Makes a Jython socket's {@code close()} return once the socket is closed. Jython closes it later,
 * on a thread of its own, so a server closed by a run's dispose hook would still hold its port when
 * the next run binds it again.
 */
final class SocketClose {

  /** Jython's {@code _realsocket.close}, waiting on the close it starts. */
  private static final String CLOSE_AND_WAIT =
      """
      def close(self):
          with self.open_lock:
              self.open_count -= 1
              if self.open_count > 0 or self.channel is None:
                  return
              closing = self.channel.close()
              closing.addListener(self._finish_closing)
          closing.awaitUninterruptibly(CLOSE_WAIT_MILLIS)
      _socket._realsocket.close = close
      """;

  private static final int CLOSE_WAIT_MILLIS = 5000;

  private SocketClose() {}

  static void install(LibraryPatches patches) {
    patches.patch("_socket", SocketClose::patch);
  }

  private static void patch(PyObject socketModule) {
    PyStringMap scope = new PyStringMap();
    scope.__setitem__("__builtins__", Py.getSystemState().getBuiltins());
    scope.__setitem__("_socket", socketModule);
    scope.__setitem__("CLOSE_WAIT_MILLIS", Py.newInteger(CLOSE_WAIT_MILLIS));
    Py.runCode(
        Py.compile_flags(
            CLOSE_AND_WAIT, "<live socket close>", CompileMode.exec, new CompilerFlags()),
        scope,
        scope);
  }
}
