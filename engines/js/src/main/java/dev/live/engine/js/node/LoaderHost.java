package dev.live.engine.js.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * What the module loader ({@code node/loader.js}) asks of Java in one context: file kinds, texts,
 * parsed modules from the session's {@link NodeSources}, and the core modules' Java halves. Every
 * local file it reads joins the run's watch set; an installed package is watched through its {@code
 * package.json} and {@code node_modules/.package-lock.json} instead.
 */
public final class LoaderHost {

  /** What {@link #kind} answers. */
  public static final int MISSING = 0;

  public static final int FILE = 1;
  public static final int FOLDER = 2;

  private final NodeSources sources;
  private final Consumer<Path> fileRead;
  private final Function<Path, String> displayName;
  private final Set<Path> packageFolders = new HashSet<>();
  private final NodeFs fs;

  public LoaderHost(
      NodeSources sources, Consumer<Path> fileRead, Function<Path, String> displayName) {
    this.sources = sources;
    this.fileRead = fileRead;
    this.displayName = displayName;
    this.fs = new NodeFs(this::read);
  }

  public int kind(String path) {
    Path file = Path.of(path);
    return Files.isRegularFile(file) ? FILE : Files.isDirectory(file) ? FOLDER : MISSING;
  }

  public String readText(String path) {
    Path file = Path.of(path);
    read(file);
    return sources.text(file);
  }

  /** The module function of a CommonJS file, evaluated in the calling context. */
  public Value compile(String path) {
    Path file = Path.of(path);
    read(file);
    Source source = sources.module(file, displayName.apply(file));
    return Context.getCurrent().eval(source);
  }

  /**
   * Hands {@code globalThis[Symbol.for('live.esm')]} the namespace of the ES module at {@code path}
   * for {@code require()}, from the calling context: a deferred namespace when {@code deferred}
   * (its graph is evaluated on the first access to one of its names, which throws the graph's error
   * where the access is), the module's own namespace once it is evaluated. A graph that awaits at
   * top level hands it over only after this returns.
   *
   * <p>Deferred first because a module evaluated by a plain import that throws leaves a rejected
   * evaluation promise that GraalJS rethrows once the outermost call ends: no try/catch around the
   * {@code require()} could catch it.
   */
  public void evaluateEsModule(String path, boolean deferred) {
    String quoted = NodeModules.quoted(path);
    String text =
        (deferred ? "import defer * as namespace from " : "import * as namespace from ")
            + quoted
            + ";\nglobalThis[Symbol.for('live.esm')]("
            + quoted
            + ", namespace);\n";
    Source requirer =
        Source.newBuilder("js", text, "live:require " + path)
            .mimeType("application/javascript+module")
            .internal(true)
            .buildLiteral();
    Context.getCurrent().eval(requirer);
  }

  /** The module function of a core module or WebJar, or null when live has none by that name. */
  public Value builtin(String name) {
    return NodeBuiltins.source(name).map(source -> Context.getCurrent().eval(source)).orElse(null);
  }

  public String resolve(String base, String request) {
    return Path.of(base).resolve(request).normalize().toString();
  }

  public String dirname(String path) {
    Path parent = Path.of(path).getParent();
    return parent == null ? path : parent.toString();
  }

  public String cwd() {
    return Path.of("").toAbsolutePath().toString();
  }

  /** Watches a file the loader looked at without reading it (a package.json to install into). */
  public void watch(String path) {
    read(Path.of(path));
  }

  /** Where a bare name resolved from a folder in an earlier run, or null. */
  public String resolvedBefore(String key) {
    return sources.resolved(key);
  }

  public void resolvedNow(String key, String path) {
    if (NodeSources.installed(Path.of(path))) {
      sources.resolved(key, path);
    }
  }

  public NodeFs fs() {
    return fs;
  }

  public NodeSystem system() {
    return NodeSystem.INSTANCE;
  }

  /** Watches a local file; for an installed one, the files whose change means a new install. */
  void read(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!NodeSources.installed(absolute)) {
      fileRead.accept(absolute);
      return;
    }
    Path packages = outermostPackages(absolute);
    if (packageFolders.add(packages)) {
      for (Path marker :
          new Path[] {
            packages.resolve(".package-lock.json"), packages.resolveSibling("package.json")
          }) {
        sources.notePackageFile(marker);
        if (Files.isRegularFile(marker)) {
          fileRead.accept(marker);
        }
      }
    }
  }

  private static Path outermostPackages(Path file) {
    Path folder = file.getRoot();
    for (Path part : file) {
      folder = folder.resolve(part);
      if (part.toString().equals("node_modules")) {
        return folder;
      }
    }
    return file.getParent();
  }
}
