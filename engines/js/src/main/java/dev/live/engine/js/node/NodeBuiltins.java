package dev.live.engine.js.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Source;

/**
 * The sources of Node's core modules: live's own under {@code node/} next to this class, and the
 * pure-JavaScript packages it depends on as WebJars ({@code org.webjars.npm}), found by their
 * package name. Parsed once per JVM and marked internal, so their frames stay out of stack traces.
 */
final class NodeBuiltins {

  /** The WebJars live uses and the file each exports, by the name live's modules require. */
  private static final Map<String, String> WEBJAR_FILES =
      Map.of(
          "events", "events.js",
          "buffer", "index.js",
          "base64-js", "index.js",
          "ieee754", "index.js",
          "path-browserify", "index.js");

  private static final String WEBJAR_PREFIX = "webjar:";
  private static final Map<String, Optional<Source>> SOURCES = new ConcurrentHashMap<>();

  private NodeBuiltins() {}

  /**
   * The wrapped source of a core module ({@code "fs"}) or of a WebJar ({@code "webjar:events"}), or
   * empty when live has neither.
   */
  static Optional<Source> source(String name) {
    return SOURCES.computeIfAbsent(name, NodeBuiltins::load);
  }

  private static Optional<Source> load(String name) {
    String resource =
        name.startsWith(WEBJAR_PREFIX)
            ? webjarResource(name.substring(WEBJAR_PREFIX.length()))
            : "/dev/live/engine/js/node/" + name.replace('/', '_') + ".js";
    if (resource == null) {
      return Optional.empty();
    }
    String text = read(resource);
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(
        Source.newBuilder("js", NodeSources.wrapText(text), "node:" + name)
            .internal(true)
            .buildLiteral());
  }

  private static String webjarResource(String packageName) {
    String file = WEBJAR_FILES.get(packageName);
    String properties = read("/META-INF/maven/org.webjars.npm/" + packageName + "/pom.properties");
    if (file == null || properties == null) {
      return null;
    }
    Properties pom = new Properties();
    try {
      pom.load(new StringReader(properties));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "/META-INF/resources/webjars/"
        + packageName
        + "/"
        + pom.getProperty("version")
        + "/"
        + file;
  }

  private static String read(String resource) {
    try (InputStream in = NodeBuiltins.class.getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
