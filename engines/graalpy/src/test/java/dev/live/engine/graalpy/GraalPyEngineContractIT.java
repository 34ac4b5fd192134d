package dev.live.engine.graalpy;

import dev.live.core.engine.EngineContract;
import dev.live.core.engine.EngineProvider;
import java.util.List;

class GraalPyEngineContractIT extends EngineContract {

  @Override
  protected EngineProvider provider() {
    return SharedGraalPy.provider();
  }

  @Override
  protected String extension() {
    return "py";
  }

  @Override
  protected String definitions() {
    return """
        greeting = f"{'hel'}lo"
        def twice(x: int) -> int:
            return x * 2
        shout = lambda s: s + "!"
        """;
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
