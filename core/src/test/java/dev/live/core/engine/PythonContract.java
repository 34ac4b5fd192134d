package dev.live.core.engine;

import java.util.List;

/**
 * The {@link EngineContract} for an engine of Python (Python 2.7 and Python 3 alike): the scripts
 * the two versions run the same. An engine supplies its provider and {@link #definitions()}, where
 * each version shows its own syntax.
 */
public abstract class PythonContract extends EngineContract {

  @Override
  protected String extension() {
    return "py";
  }

  @Override
  protected String usesLib() {
    return """
        lib = use("lib")
        result = lib.twice(21)
        text = lib.shout("hi")
        value = lib.greeting
        """;
  }

  @Override
  protected String errorOnLine3() {
    return "a = 1\nb = 2\nc = undefined_name\n";
  }

  @Override
  protected String syntaxErrorOnLine2() {
    return "a = 1\nb = = 2\n";
  }

  @Override
  protected String definesLeak() {
    return "leak = 1\n";
  }

  @Override
  protected String readsLeak() {
    return "x = leak\n";
  }

  @Override
  protected String busyLoop() {
    return "use(\"marker\")\nwhile True:\n    pass\n";
  }

  @Override
  protected List<String> errorTraceOnLine3(String fileName) {
    return List.of(
        "Traceback (most recent call last):",
        "File \"" + fileName + "\", line 3, in <module>",
        "NameError: name 'undefined_name' is not defined");
  }
}
