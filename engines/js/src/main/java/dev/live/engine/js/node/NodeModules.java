package dev.live.engine.js.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Node's module system in one module's context: {@code require}, {@code module}, {@code exports},
 * {@code __filename} and {@code __dirname} for the module itself, the globals {@code Buffer},
 * {@code URL} and {@code URLSearchParams} (made on first use), and bare imports of ES modules.
 */
public final class NodeModules {

  /** The globals {@link #install} adds, which are not the module's own names. */
  public static final Set<String> GLOBALS =
      Set.of(
          "require",
          "module",
          "exports",
          "__filename",
          "__dirname",
          "Buffer",
          "URL",
          "URLSearchParams",
          "crypto",
          "global");

  private static final Source LOADER = internal("loader.js");
  private static final Source LAZY_GLOBALS = internal("globals.js");
  private static final Pattern MODULE_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"module\"");

  private final Value loader;
  private final Value initialExports;

  private NodeModules(Value loader) {
    this.loader = loader;
    this.initialExports = loader.getMember("main").getMember("exports");
  }

  /**
   * Gives the module at {@code file} Node's module globals in {@code context}, which runs no code
   * yet; an ES module gets only the globals, and bare imports. Files it requires are reported to
   * {@code fileRead} (see {@link LoaderHost}).
   */
  public static NodeModules install(
      Context context,
      Path file,
      boolean commonJs,
      NodeSources sources,
      Consumer<Path> fileRead,
      Function<Path, String> displayName) {
    LoaderHost host = new LoaderHost(sources, fileRead, displayName);
    Value loader = context.eval(LOADER).execute(host, file.toString());
    if (commonJs) {
      Value bindings = context.getBindings("js");
      Value main = loader.getMember("main");
      bindings.putMember("require", loader.getMember("require"));
      bindings.putMember("module", main);
      bindings.putMember("exports", main.getMember("exports"));
      bindings.putMember("__filename", file.toString());
      bindings.putMember("__dirname", String.valueOf(file.getParent()));
    }
    context
        .eval(LAZY_GLOBALS)
        .execute(loader.getMember("coreRequire"), loader.getMember("requireFrom"));
    return new NodeModules(loader);
  }

  /**
   * What the module set {@code module.exports} to, or null when it left the exports as they were
   * (its top-level names are then its exports).
   */
  public Value exported() {
    Value exported = loader.getMember("main").getMember("exports");
    boolean replaced = !exported.equals(initialExports);
    return replaced || !exported.getMemberKeys().isEmpty() ? exported : null;
  }

  /**
   * What a bare {@code import "name"} in an ES module of folder {@code folder} loads: the package's
   * ES module file, or a module offering a CommonJS package's {@code module.exports} as its default
   * export and its names as named exports.
   */
  public Path importTarget(String specifier, Path folder, Path shims) {
    Value target;
    try {
      target = loader.getMember("importTarget").execute(specifier, folder.toString());
    } catch (PolyglotException e) {
      // A missing './x' reaches here as 'x' too: GraalJS reports either as Node does for './x',
      // and MissingImport tells them apart by the import statement.
      if (notFound(e)) {
        return null;
      }
      throw e;
    }
    if (target.isString()) {
      return Path.of(target.asString());
    }
    Value names = loader.getMember("importNames").execute(specifier, folder.toString());
    StringBuilder shim = new StringBuilder();
    shim.append("const m = globalThis[Symbol.for('live.require')](")
        .append(quoted(specifier))
        .append(", ")
        .append(quoted(folder.toString()))
        .append(");\nexport default m;\n");
    if (names.getArraySize() > 0) {
      shim.append("export const {");
      for (long i = 0; i < names.getArraySize(); i++) {
        shim.append(i == 0 ? "" : ", ").append(names.getArrayElement(i).asString());
      }
      shim.append("} = m;\n");
    }
    String text = shim.toString();
    Path file = shims.resolve(Integer.toHexString(text.hashCode()) + ".mjs");
    try {
      Files.createDirectories(shims);
      if (!Files.exists(file)) {
        Path partial = Files.createTempFile(shims, "shim", ".part");
        Files.writeString(partial, text);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static boolean notFound(PolyglotException e) {
    Value error = e.isGuestException() ? e.getGuestObject() : null;
    return error != null
        && error.hasMember("code")
        && "MODULE_NOT_FOUND".equals(String.valueOf(error.getMember("code")));
  }

  /**
   * Whether Node runs {@code file} as an ES module: {@code .mjs}, or {@code .js} in a module
   * package.
   */
  public static boolean esModule(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".mjs")) {
      return true;
    }
    if (!name.endsWith(".js")) {
      return false;
    }
    for (Path folder = file.toAbsolutePath().getParent();
        folder != null;
        folder = folder.getParent()) {
      Path config = folder.resolve("package.json");
      if (Files.isRegularFile(config)) {
        try {
          return MODULE_TYPE.matcher(Files.readString(config)).find();
        } catch (IOException e) {
          return false;
        }
      }
    }
    return false;
  }

  /** {@code text} as a JavaScript string literal. */
  static String quoted(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static Source internal(String name) {
    try (InputStream in =
        NodeModules.class.getResourceAsStream("/dev/live/engine/js/node/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Source.newBuilder("js", text, "live:" + name).internal(true).buildLiteral();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
