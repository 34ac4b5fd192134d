package dev.live.engine.python;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.python.core.PyCode;

/**
 * The compiled code of the modules the session ran, by file, kept while the text stays the same. A
 * save usually changes one file of many; the others are not compiled again, as CPython reuses a
 * {@code .pyc}. That saves the compile on every reload and, since Jython compiles each module to
 * JVM classes, keeps the session from loading new classes for unchanged files run after run (class
 * metadata and JIT-compiled code that only a full GC would free). Executing one code object in
 * fresh globals each run is what Python does with a module imported anew.
 */
final class CompiledModules {

  /** Files remembered at most; the least recently run are forgotten first. */
  private static final int FILES = 512;

  private record Compiled(String text, PyCode code) {}

  private final Map<Path, Compiled> byFile =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Compiled> eldest) {
          return size() > FILES;
        }
      };

  /** The code for this text of the file: remembered if the text is the one compiled last. */
  PyCode codeFor(Path file, String text, Supplier<PyCode> compile) {
    synchronized (byFile) {
      Compiled known = byFile.get(file);
      if (known != null && known.text().equals(text)) {
        return known.code();
      }
    }
    PyCode code = compile.get();
    synchronized (byFile) {
      byFile.put(file, new Compiled(text, code));
    }
    return code;
  }
}
