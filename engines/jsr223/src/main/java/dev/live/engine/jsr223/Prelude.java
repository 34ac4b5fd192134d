package dev.live.engine.jsr223;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.script.ScriptEngineFactory;

/**
 * A language's prelude: {@code META-INF/live/jsr223/<name>.prelude} for the first of the factory's
 * names that has one, read once per session and evaluated in every module's fresh bindings.
 */
record Prelude(String name, String text) {

  static final String FOLDER = "META-INF/live/jsr223/";

  static Optional<Prelude> find(ScriptEngineFactory factory, ClassLoader loader) {
    for (String name : factory.getNames()) {
      String resource = FOLDER + name + ".prelude";
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in != null) {
          return Optional.of(
              new Prelude(
                  "live:" + name + ".prelude",
                  new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return Optional.empty();
  }
}
