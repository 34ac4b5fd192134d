package dev.live.engine.js;

import dev.live.core.engine.EngineContract;
import dev.live.core.engine.EngineProvider;
import java.util.List;

class JsEngineContractIT extends EngineContract {

  @Override
  protected EngineProvider provider() {
    return new JsEngineProvider();
  }

  @Override
  protected String extension() {
    return "js";
  }

  @Override
  protected String definitions() {
    return """
        var greeting = "hello";
        function twice(x) { return x * 2; }
        const shout = (s) => s + "!";
        """;
  }

  @Override
  protected String usesLib() {
    return """
        const lib = use("lib");
        var result = lib.twice(21);
        let text = lib.shout("hi");
        var value = lib.greeting;
        """;
  }

  @Override
  protected String errorOnLine3() {
    return "var a = 1;\nvar b = 2;\nvar c = undefinedName;\n";
  }

  @Override
  protected String syntaxErrorOnLine2() {
    return "var a = 1;\nvar b = = 2;\n";
  }

  @Override
  protected String definesLeak() {
    return "var leak = 1;\n";
  }

  @Override
  protected String readsLeak() {
    return "var x = leak;\n";
  }

  @Override
  protected String busyLoop() {
    return "use(\"marker\");\nwhile (true) {}\n";
  }

  @Override
  protected List<String> errorTraceOnLine3(String fileName) {
    return List.of(
        fileName + ":3",
        "var c = undefinedName;",
        "ReferenceError: undefinedName is not defined",
        "at " + fileName + ":3:9");
  }
}
