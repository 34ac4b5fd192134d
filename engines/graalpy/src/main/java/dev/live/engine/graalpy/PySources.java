package dev.live.engine.graalpy;

import com.oracle.truffle.api.source.Source;
import dev.live.engine.truffle.LastTwoRuns;
import java.nio.charset.StandardCharsets;

/**
 * The Python sources of a session, kept strongly so that a fresh context of the shared engine
 * reuses an unchanged module's parse and the code compiled for its functions.
 *
 * <p>GraalPy's {@code compile(text, path, "exec")} asks the engine's parse cache for a Source it
 * builds from the text, and that cache holds a parse only while the first Source asked for it is
 * reachable; Truffle interns Sources, so GraalPy's Source is this class's one of equal content and
 * attributes, and holding it here holds the parse. Two conditions make them equal: the attributes
 * GraalPy gives a compiled text (the name is the path, the MIME type says {@code exec},
 * optimisation level 0 and no future flags), and a text whose length differs from the file's size,
 * since GraalPy makes a file-based Source of a text as long as its file. Were either to differ,
 * GraalPy would parse as before: the text compiled is always the module's own. A syntax error is
 * the text's own (the loader compiles it again), as at the end of a padded text it would name the
 * line after the last.
 *
 * <p>Keyed by path and text, so a changed file is a new entry; a run keeps the entries the last run
 * used and drops the others. Thread-safe.
 */
final class PySources {

  /** GraalPy's MIME type for {@code compile(..., "exec", optimize=0)} without future flags. */
  private static final String COMPILE_EXEC = "text/x-python-\0\0-compile";

  private record Key(String path, String text) {}

  private final LastTwoRuns<Key, Compiled> compiled = new LastTwoRuns<>();

  /** What the loader compiles for a module: its text, and the Source that keeps its parse. */
  private record Compiled(String text, Source source) {}

  /** A run begins: modules the run before the last did not compile are let go. */
  void runStarting() {
    compiled.runStarting();
  }

  /**
   * The text to compile for the module at {@code path} read as {@code text}: the same text with one
   * or two newlines added, which change no line number and no statement.
   */
  String compiledText(String path, String text) {
    return compiled.get(new Key(path, text), key -> compile(path, text)).text();
  }

  private static Compiled compile(String path, String text) {
    // The file's size is the length of its UTF-8 text; neither length may equal it.
    int fileSize = text.getBytes(StandardCharsets.UTF_8).length;
    String padded = text + "\n";
    if (padded.length() == fileSize) {
      padded += "\n";
    }
    Source source = Source.newBuilder("python", padded, path).mimeType(COMPILE_EXEC).build();
    return new Compiled(padded, source);
  }
}
