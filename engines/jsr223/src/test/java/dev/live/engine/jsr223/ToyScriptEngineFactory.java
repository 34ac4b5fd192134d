package dev.live.engine.jsr223;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * A real, tiny JSR-223 engine for testing the generic adapter without a language module: one
 * statement per line, {@code set NAME VALUE} binds a string, {@code copy NAME FROM} copies a
 * binding, {@code fail MESSAGE} throws a ScriptException with the file and line. Registered in this
 * module's test resources, with the extension {@code .toy} written as some factories do.
 */
public class ToyScriptEngineFactory implements ScriptEngineFactory {

  /** How many engines were made: discovery must make none. */
  static final AtomicInteger ENGINES = new AtomicInteger();

  @Override
  public String getEngineName() {
    return "Toy";
  }

  @Override
  public String getEngineVersion() {
    return "1.0";
  }

  @Override
  public List<String> getExtensions() {
    return List.of(".toy", "toy");
  }

  @Override
  public List<String> getMimeTypes() {
    return List.of();
  }

  @Override
  public List<String> getNames() {
    return List.of("toy");
  }

  @Override
  public String getLanguageName() {
    return "Toy";
  }

  @Override
  public String getLanguageVersion() {
    return "1";
  }

  @Override
  public Object getParameter(String key) {
    return null;
  }

  @Override
  public String getMethodCallSyntax(String obj, String m, String... args) {
    return obj + "." + m;
  }

  @Override
  public String getOutputStatement(String toDisplay) {
    return toDisplay;
  }

  @Override
  public String getProgram(String... statements) {
    return String.join("\n", statements);
  }

  @Override
  public ScriptEngine getScriptEngine() {
    ENGINES.incrementAndGet();
    return new ToyEngine(this);
  }

  private static final class ToyEngine extends AbstractScriptEngine {
    private final ScriptEngineFactory factory;

    ToyEngine(ScriptEngineFactory factory) {
      this.factory = factory;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
      Bindings bindings = context.getBindings(ScriptContext.ENGINE_SCOPE);
      String file = String.valueOf(bindings.get(FILENAME));
      String[] lines = script.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String[] words = lines[i].strip().split(" ", 3);
        switch (words[0]) {
          case "set" -> bindings.put(words[1], words[2]);
          case "copy" -> bindings.put(words[1], bindings.get(words[2]));
          case "fail" -> throw new ScriptException(words[1], file, i + 1);
          default -> {}
        }
      }
      return null;
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
      try (BufferedReader lines = new BufferedReader(reader)) {
        return eval(String.join("\n", lines.lines().toList()), context);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Bindings createBindings() {
      return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
      return factory;
    }
  }
}
