package dev.live.engine.python;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.python.core.PyFile;
import org.python.core.PyList;
import org.python.core.PyObject;
import org.python.core.PySystemState;
import org.python.core.io.StreamIO;

/**
 * What a run may change in the interpreter it shares with every run of the session, as it was when
 * the session started: each run starts from these, so one run's {@code os.chdir}, {@code sys.stdout
 * = ...}, {@code sys.setrecursionlimit} or {@code sys.path.insert} does not reach the next.
 */
final class SystemDefaults {

  /** Standard output is line-buffered and standard error unbuffered, as Jython makes them. */
  private static final int LINE_BUFFERED = 1;

  private static final int UNBUFFERED = 0;

  private final String workingDirectory;
  private final int recursionLimit;
  private final PyList path;
  private final String encoding;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  private SystemDefaults(PySystemState system, InputStream in, PrintStream out, PrintStream err) {
    this.workingDirectory = system.getCurrentWorkingDir();
    this.recursionLimit = system.getrecursionlimit();
    this.path = new PyList((PyObject) system.path);
    this.encoding = ((PyFile) system.stdout).encoding;
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** The system's state now, standard input as {@code in} and the process's output streams. */
  static SystemDefaults of(PySystemState system, InputStream in) {
    return new SystemDefaults(system, in, System.out, System.err);
  }

  /** Puts the session's defaults back, with standard streams no earlier run has closed. */
  void restore(PySystemState system) {
    system.setCurrentWorkingDir(workingDirectory);
    system.setrecursionlimit(recursionLimit);
    system.path = new PyList((PyObject) path);
    ReadableByteChannel input = StreamChannel.reading(in);
    WritableByteChannel output = StreamChannel.writing(out);
    WritableByteChannel errors = StreamChannel.writing(err);
    system.stdin = stream(new StreamIO(input, false), "<stdin>", "r", LINE_BUFFERED);
    system.stdout = stream(new StreamIO(output, false), "<stdout>", "w", LINE_BUFFERED);
    system.stderr = stream(new StreamIO(errors, false), "<stderr>", "w", UNBUFFERED);
    system.__stdin__ = system.stdin;
    system.__stdout__ = system.stdout;
    system.__stderr__ = system.stderr;
  }

  private PyFile stream(StreamIO raw, String name, String mode, int buffering) {
    PyFile file = new PyFile(raw, name, mode, buffering);
    file.encoding = encoding;
    return file;
  }
}
