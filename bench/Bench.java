// The benchmark suite of live. One command, after ./live has built the distribution once:
//
//   java bench/Bench.java [saves [part...]]    (default 50 saves per reload figure, every part)
//
// Parts: reload, cold, graph, fib, soak, tree; `java bench/Bench.java 50 cold` measures cold starts only.
//
// Prints every figure and writes them to bench/results/bench.json:
//   - reload latency: save to the re-run's first output line, plain and write-then-rename saves,
//     editing the main file and a used module, Python and JavaScript; the same for nodemon and
//     node --watch on the JavaScript cases when Node is installed (nodemon is installed into
//     bench/node_modules from the npm registry on first use), as the ratio live / peer;
//   - cold start, process start to first output line, of examples/hello (both languages) and
//     examples/mixed through ./live, next to a plain JVM running the same script on the bare engine;
//   - warm re-run of a generated 50-module graph mixing Python and JavaScript;
//   - CPU-bound JavaScript: recursive fib(27) per call in steady state, live next to Node;
//   - RSS, heap and threads after 50 and 1,000 reloads (runs bench/Soak.java);
//   - a --watch folder of 10,000 files: start-up, RSS, a save in it; one ignore decision
//     (runs bench/IgnoreTiming.java).
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import java.util.function.IntFunction;

public class Bench {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path LIB = ROOT.resolve("cli/target/live/lib");
  static final Map<String, Object> RESULTS = new LinkedHashMap<>();
  static int saves;

  public static void main(String[] args) throws Exception {
    saves = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    if (!Files.isDirectory(LIB)) {
      throw new IllegalStateException("no distribution at " + LIB + "; run ./live once first");
    }
    RESULTS.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
        "java", System.getProperty("java.version"), "saves", saves,
        "live java", liveSays(Map.of(), "--version").get(1),
        "live js", liveSays(Map.of(), "engines").get(0).replaceAll("\\s+", " ")));
    System.out.println("live runs on: " + RESULTS.get("machine"));
    Set<String> parts = new HashSet<>(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
    Set<String> known = Set.of("reload", "cold", "graph", "fib", "soak", "tree");
    if (!known.containsAll(parts)) {
      throw new IllegalArgumentException("parts are " + known + ", not " + parts);
    }
    if (parts.isEmpty()) parts = known;
    if (parts.contains("reload")) reloadLatency();
    if (parts.contains("cold")) coldStart();
    if (parts.contains("graph")) moduleGraph();
    if (parts.contains("fib")) fib();
    if (parts.contains("soak")) soak();
    if (parts.contains("tree")) watchedTree();
    Path out = ROOT.resolve("bench/results");
    Files.createDirectories(out);
    Files.writeString(out.resolve("bench.json"), json(RESULTS) + "\n");
    System.out.println("\nwrote " + ROOT.relativize(out.resolve("bench.json")));
  }

  // ---- reload latency ------------------------------------------------------------------------

  static void reloadLatency() throws Exception {
    System.out.printf("%n%-44s %8s %8s %8s%n", "reload latency, save to output (ms)", "median", "p90", "vs live");
    Map<String, Object> figures = new LinkedHashMap<>();
    boolean node = has("node");
    Path nodemon = node ? nodemon() : null;
    for (String ext : List.of("py", "js")) {
      for (String target : List.of("module", "main")) {
        for (boolean rename : List.of(false, true)) {
          String name = ext + " " + target + (rename ? ", rename save" : ", plain save");
          double[] live = latency(ext, target, rename, dir -> liveCommand(dir, "main." + ext));
          figures.put("live " + name, stats(live));
          print("live " + name, live, null);
          if (ext.equals("js") && nodemon != null) {
            double[] peer = latency(ext, target, rename, dir -> List.of("node", nodemon.toString(), "-q", "main.js"));
            figures.put("nodemon " + name, stats(peer));
            print("nodemon " + name, peer, live);
          }
          if (ext.equals("js") && node) {
            try {
              double[] peer = latency(ext, target, rename, dir -> List.of("node", "--watch", "main.js"));
              figures.put("node --watch " + name, stats(peer));
              print("node --watch " + name, peer, live);
            } catch (IllegalStateException e) {
              figures.put("node --watch " + name, "failed: " + e.getMessage());
              System.out.printf("%-44s failed: %s%n", "node --watch " + name, e.getMessage());
            }
          }
        }
      }
    }
    for (String ext : List.of("py", "js")) {
      double[] busy = busyLoop(ext);
      figures.put("live " + ext + " main, stopping a busy loop", stats(busy));
      print("live " + ext + " main, stopping a busy loop", busy, null);
    }
    RESULTS.put("reload latency ms", figures);
  }

  /** Save to the next run's first line when the running run is a busy loop that must be stopped. */
  static double[] busyLoop(String ext) throws Exception {
    Path dir = Files.createTempDirectory("live-bench");
    Path main = dir.resolve("main." + ext);
    IntFunction<String> script = i -> ext.equals("py")
        ? "print 'token" + i + "'\nwhile True:\n    pass\n"
        : "console.log('token" + i + "');\nwhile (true) {}\n";
    Files.writeString(main, script.apply(0));
    Process live = new ProcessBuilder(liveCommand(dir, main.getFileName().toString()))
        .directory(dir.toFile()).redirectErrorStream(true).start();
    try {
      BlockingQueue<String> out = lines(live.getInputStream());
      await(out, "token0");
      double[] millis = new double[saves];
      for (int i = 1; i <= saves; i++) {
        Thread.sleep(150); // let the loop get hot before stopping it; not part of the figure
        long t0 = System.nanoTime();
        Files.writeString(main, script.apply(i));
        await(out, "token" + i);
        millis[i - 1] = (System.nanoTime() - t0) / 1e6;
      }
      return millis;
    } finally {
      live.destroyForcibly().waitFor();
    }
  }

  interface Command {
    List<String> in(Path dir);
  }

  static List<String> liveCommand(Path dir, String main) {
    return List.of(ROOT.resolve("live").toString(), "run", "-q", main);
  }

  /** Save-to-output times of `saves` saves; fails on a missed or duplicated run. */
  static double[] latency(String ext, String target, boolean rename, Command command) throws Exception {
    Path dir = Files.createTempDirectory("live-bench");
    boolean live = command.in(dir).get(0).endsWith("live");
    // For Node the module is loaded with require(); for live with use().
    IntFunction<String> module = i -> ext.equals("py") ? "word = 'w" + i + "'\n"
        : live ? "var word = 'w" + i + "';\n" : "exports.word = 'w" + i + "';\n";
    IntFunction<String> main = i -> ext.equals("py")
        ? "print 'm" + i + "', use('util').word\n"
        : (live ? "console.log('m" + i + "', use('util').word);\n"
            : "console.log('m" + i + "', require('./util').word);\n");
    Files.writeString(dir.resolve("util." + ext), module.apply(0));
    Files.writeString(dir.resolve("main." + ext), main.apply(0));
    ProcessBuilder builder = new ProcessBuilder(command.in(dir)).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    Process process = builder.start();
    try {
      BlockingQueue<String> out = lines(process.getInputStream());
      await(out, "m0 w0");
      double[] millis = new double[saves];
      for (int i = 1; i <= saves; i++) {
        Thread.sleep(150); // pacing between saves, as a person saves; not part of the figure
        Path file = dir.resolve((target.equals("main") ? "main." : "util.") + ext);
        String text = target.equals("main") ? main.apply(i) : module.apply(i);
        String expected = target.equals("main") ? "m" + i + " w0" : "m0 w" + i;
        long t0;
        if (rename) {
          Path temp = Files.writeString(dir.resolve(file.getFileName() + ".tmp"), text);
          t0 = System.nanoTime();
          Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
          t0 = System.nanoTime();
          Files.writeString(file, text);
        }
        await(out, expected);
        millis[i - 1] = (System.nanoTime() - t0) / 1e6;
        if (target.equals("main")) {
          Files.writeString(file, main.apply(0)); // back, so the next expected line is unique
          await(out, "m0 w0");
        }
      }
      String extra = out.poll(500, TimeUnit.MILLISECONDS);
      if (extra != null && extra.matches("m\\d+ w\\d+")) throw new IllegalStateException("duplicated run: " + extra);
      return millis;
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
  }

  static Path nodemon() throws Exception {
    Path bin = ROOT.resolve("bench/node_modules/nodemon/bin/nodemon.js");
    if (!Files.exists(bin) && has("npm")) {
      System.out.println("installing nodemon into bench/node_modules ...");
      run(List.of("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", ROOT.resolve("bench").toString(), "nodemon@3"));
    }
    return Files.exists(bin) ? bin : null;
  }

  // ---- cold start ----------------------------------------------------------------------------

  static void coldStart() throws Exception {
    warmClassDataSharing();
    System.out.printf("%n%-44s %8s %8s %8s %8s%n", "cold start to first output line (ms)", "median", "min", "max", "vs plain");
    Path bare = bareEngines();
    String jython = jar("jython-standalone");
    String graal = LIB + "/*";
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String live = ROOT.resolve("live").toString();
    Path hello = ROOT.resolve("examples/hello");
    Path plain = Files.createTempDirectory("live-bench");
    Files.writeString(plain.resolve("hello.py"), "import math\nprint math.cos(0)\n");
    Files.writeString(plain.resolve("hello.js"), "console.log(Math.cos(0).toFixed(1));\n");
    Start plainPy = new Start("plain JVM: java -jar jython-standalone hello.py", plain, Map.of(), List.of(java, "-jar", jython, "hello.py"), null);
    Start plainJs = new Start("plain JVM: GraalJS ScriptEngine hello.js", plain, Map.of(), List.of(java, "-cp", bare + ":" + graal, "BareEngine", "js", "hello.js"), null);
    List<Start> starts = List.of(
        new Start("live hello/main.py", hello, Map.of(), List.of(live, "run", "--once", "-q", "main.py"), plainPy),
        plainPy,
        new Start("live hello/main.js", hello, Map.of(), List.of(live, "run", "--once", "-q", "main.js"), plainJs),
        plainJs,
        new Start("live hello/main.js, LIVE_JIT=graal", hello, JIT, List.of(live, "run", "--once", "-q", "main.js"), plainJs),
        new Start("live mixed/main.py (both engines)", ROOT.resolve("examples/mixed"), Map.of(), List.of(live, "run", "--once", "-q", "main.py"), null));
    // Rounds, each starting every command once: the machine's load drifts over a minute, and a
    // figure and the peer it is compared with should see the same drift. 11 rounds: with 5, the
    // median moved by 10% between runs on a busy 2-core machine.
    Map<Start, double[]> millis = new LinkedHashMap<>();
    starts.forEach(start -> millis.put(start, new double[11]));
    for (int round = 0; round < 11; round++) {
      for (Start start : starts) {
        millis.get(start)[round] = firstLineMillis(start);
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    for (Start start : starts) {
      double[] sorted = millis.get(start).clone();
      Arrays.sort(sorted);
      double median = sorted[sorted.length / 2];
      Map<String, Object> figure = new LinkedHashMap<>(Map.of("median", median, "min", sorted[0], "max", sorted[sorted.length - 1]));
      String ratio = "";
      if (start.peer() != null) {
        double vsPlain = median / stats(millis.get(start.peer())).get("median");
        figure.put("vs plain", vsPlain);
        ratio = String.format("%.2f", vsPlain);
      }
      figures.put(start.label(), figure);
      System.out.printf("%-44s %8.0f %8.0f %8.0f %8s%n", start.label(), median, sorted[0], sorted[sorted.length - 1], ratio);
    }
    RESULTS.put("cold start ms", figures);
  }

  /** A command whose cold start is measured; {@code peer} is the plain JVM it is compared with. */
  record Start(String label, Path dir, Map<String, String> env, List<String> command, Start peer) {}

  static double firstLineMillis(Start start) throws Exception {
    long t0 = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(start.command()).directory(start.dir().toFile()).redirectErrorStream(true);
    builder.environment().putAll(start.env());
    Process p = builder.start();
    BlockingQueue<String> out = lines(p.getInputStream());
    String first = out.poll(60, TimeUnit.SECONDS);
    double millis = (System.nanoTime() - t0) / 1e6;
    if (first == null) {
      p.destroyForcibly();
      throw new IllegalStateException(start.label() + ": no output");
    }
    p.waitFor();
    return millis;
  }

  /** The launcher's setting for the Graal JIT, for the figures measured with it. */
  static final Map<String, String> JIT = Map.of("LIVE_JIT", "graal");

  /**
   * The launcher makes its class-data-sharing archive in the background on the first start after
   * the jars or the JVM change (and, with LIVE_JIT=graal, links a runtime for the compiler first);
   * cold starts are measured once that is done, as users get them from then on: a start, then
   * waiting until no background job holds a lock in the cache folder, twice for each setting.
   */
  static void warmClassDataSharing() throws Exception {
    String cache = System.getenv("XDG_CACHE_HOME");
    Path folder = (cache == null || cache.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(cache)).resolve("live/cds");
    for (Map<String, String> env : List.of(Map.<String, String>of(), JIT)) {
      for (int round = 0; round < 2; round++) {
        liveSays(env, "run", "--once", "-q", ROOT.resolve("examples/hello/main.py").toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && locked(folder)) {
          Thread.sleep(250);
        }
      }
    }
  }

  static boolean locked(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.anyMatch(p -> p.toString().endsWith(".lock"));
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** The lines live prints for these arguments. */
  static List<String> liveSays(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("live").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process p = builder.start();
    List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    if (p.waitFor() != 0) throw new IllegalStateException("failed: " + command + "\n" + lines);
    return lines;
  }

  /** A plain Java program that runs one file on a JSR-223 engine and nothing else. */
  static Path bareEngines() throws Exception {
    Path dir = Files.createTempDirectory("live-bare");
    Files.writeString(dir.resolve("BareEngine.java"), String.join("\n",
        "import javax.script.*;",
        "public class BareEngine {",
        "  public static void main(String[] a) throws Exception {",
        "    System.setProperty(\"polyglot.engine.WarnInterpreterOnly\", \"false\");",
        "    ScriptEngine e = new ScriptEngineManager().getEngineByName(a[0]);",
        "    e.eval(new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(a[1]))));",
        "  }",
        "}"));
    run(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(), "-d", dir.toString(), dir.resolve("BareEngine.java").toString()));
    return dir;
  }

  static String jar(String prefix) throws IOException {
    try (var files = Files.list(LIB)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow().toString();
    }
  }

  // ---- a 50-module graph ---------------------------------------------------------------------

  static void moduleGraph() throws Exception {
    Path dir = Files.createTempDirectory("live-graph");
    int modules = 50;
    for (int i = 0; i < modules; i++) {
      boolean python = i % 2 == 0;
      String next = i + 1 < modules ? "m" + (i + 1) : null;
      String body = python
          ? (next == null ? "def value():\n    return 1\n" : "nxt = use('" + next + "')\ndef value():\n    return 1 + nxt.value()\n")
          : (next == null ? "function value() { return 1; }\n" : "const nxt = use('" + next + "');\nfunction value() { return 1 + nxt.value(); }\n");
      Files.writeString(dir.resolve("m" + i + (python ? ".py" : ".js")), body);
    }
    Files.writeString(dir.resolve("main.py"), "print 'modules', use('m0').value()\n");
    ProcessBuilder builder = new ProcessBuilder(liveCommandWithStatus("main.py")).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    Process live = builder.start();
    List<Double> durations = new ArrayList<>();
    try {
      BlockingQueue<String> out = lines(live.getInputStream());
      await(out, "modules 50");
      for (int i = 1; i <= 20; i++) {
        Thread.sleep(150);
        Files.writeString(dir.resolve("m49.js"), "function value() { return 1; } // " + i + "\n");
        String status = await(out, "[live] ok in ");
        durations.add(Double.parseDouble(status.replaceAll(".*ok in (\\d+) ms.*", "$1")));
      }
    } finally {
      live.destroyForcibly().waitFor();
    }
    Collections.sort(durations);
    double median = durations.get(durations.size() / 2);
    System.out.printf("%n%-44s %8.0f ms (median of 20 re-runs; min %.0f, max %.0f)%n", "warm re-run, 50 modules, Python and JS", median, durations.get(0), durations.get(durations.size() - 1));
    RESULTS.put("50-module graph warm re-run ms", Map.of("median", median, "min", durations.get(0), "max", durations.get(durations.size() - 1)));
  }

  static List<String> liveCommandWithStatus(String main) {
    return List.of(ROOT.resolve("live").toString(), "run", main);
  }

  // ---- CPU-bound JavaScript ------------------------------------------------------------------

  static void fib() throws Exception {
    Path dir = Files.createTempDirectory("live-fib");
    String script = String.join("\n",
        "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }",
        "for (let round = 0; round < 15; round++) {",
        "  const start = Date.now();",
        "  for (let i = 0; i < 5; i++) fib(27);",
        "  console.log('fib27 ' + ((Date.now() - start) / 5));",
        "}", "");
    Files.writeString(dir.resolve("main.js"), script);
    List<String> command = List.of(ROOT.resolve("live").toString(), "run", "--once", "-q", "main.js");
    double live = lastRounds(command, Map.of(), dir);
    double jit = lastRounds(command, JIT, dir);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("live", live);
    figures.put("live, LIVE_JIT=graal", jit);
    System.out.printf("%n%-44s %8.1f ms per call (last 5 of 15 rounds)%n", "fib(27), live (GraalJS interpreted)", live);
    System.out.printf("%-44s %8.1f ms per call%n", "fib(27), live, LIVE_JIT=graal", jit);
    if (has("node")) {
      double node = lastRounds(List.of("node", "main.js"), Map.of(), dir);
      figures.put("node", node);
      System.out.printf("%-44s %8.1f ms per call%n", "fib(27), node", node);
    }
    RESULTS.put("fib(27) ms per call", figures);
  }

  static double lastRounds(List<String> command, Map<String, String> env, Path dir) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process p = builder.start();
    List<Double> rounds = new ArrayList<>();
    BlockingQueue<String> out = lines(p.getInputStream());
    for (int i = 0; i < 15; i++) {
      rounds.add(Double.parseDouble(await(out, "fib27 ").substring(6)));
    }
    p.waitFor();
    return rounds.subList(10, 15).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  // ---- soak ----------------------------------------------------------------------------------

  static void soak() throws Exception {
    System.out.println();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, ROOT.resolve("bench/Soak.java").toString(), "1000").directory(ROOT.toFile()).inheritIO().start();
    if (p.waitFor() == 0) {
      RESULTS.put("soak", new Raw(Files.readString(ROOT.resolve("bench/results/soak.json")).trim()));
    }
  }

  // ---- a watched tree of 10,000 files --------------------------------------------------------

  /** Start-up and RSS with a --watch folder of 10,000 files (and 5,000 ignored), a save in it. */
  static void watchedTree() throws Exception {
    Path dir = Files.createTempDirectory("live-tree");
    Files.writeString(dir.resolve("main.py"), "print 'run', live.run\n");
    for (int folder = 0; folder < 100; folder++) {
      Path d = Files.createDirectories(dir.resolve("tree/d" + folder));
      for (int file = 0; file < 100; file++) Files.writeString(d.resolve("f" + file + ".txt"), "x\n");
      Path ignored = Files.createDirectories(dir.resolve("tree/node_modules/p" + folder));
      for (int file = 0; file < 50; file++) Files.writeString(ignored.resolve("i" + file + ".js"), "x\n");
    }
    int rounds = 5;
    double[][] plain = new double[3][rounds];
    double[][] tree = new double[3][rounds];
    for (int round = 0; round < rounds; round++) {
      treeStart(dir, false, plain, round);
      treeStart(dir, true, tree, round);
    }
    System.out.printf("%n%-44s %8s %8s %8s%n", "10,000 files under --watch (median of " + rounds + ")", "ok ms", "ready ms", "RSS MB");
    Map<String, Object> results = new LinkedHashMap<>();
    for (var row : List.of(Map.entry("live run main.py", plain), Map.entry("live run --watch tree main.py", tree))) {
      double[] medians = Arrays.stream(row.getValue()).mapToDouble(v -> stats(v).get("median")).toArray();
      System.out.printf("%-44s %8.0f %8.0f %8.0f%n", row.getKey(), medians[0], medians[1], medians[2]);
      results.put(row.getKey(), Map.of("ok ms", medians[0], "ready ms", medians[1], "rss MB", medians[2]));
    }
    double[] saves = treeSaves(dir, 20);
    print("save of tree/d57/f42.txt to output (ms)", saves, null);
    results.put("save in tree ms", stats(saves));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", LIB + "/*", ROOT.resolve("bench/IgnoreTiming.java").toString()).start();
    double nanos = Double.parseDouble(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
    System.out.printf("%-44s %8.0f ns%n", "one ignore decision, 12 folders deep", nanos);
    results.put("ignore decision ns", nanos);
    RESULTS.put("tree", results);
  }

  /** Start to the first "[live] ok", start to the run a save triggers (the tree is watched), RSS. */
  static void treeStart(Path dir, boolean watchTree, double[][] into, int round) throws Exception {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("live").toString(), "run"));
    if (watchTree) command.addAll(List.of("--watch", "tree"));
    command.add("main.py");
    Path saved = dir.resolve(watchTree ? "tree/d99/f99.txt" : "main.py");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    long t0 = System.nanoTime();
    Process process = builder.start();
    try {
      BlockingQueue<String> out = lines(process.getInputStream());
      await(out, "[live] ok");
      into[0][round] = (System.nanoTime() - t0) / 1e6;
      Files.writeString(saved, Files.readString(saved) + "\n");
      await(out, "run 2");
      into[1][round] = (System.nanoTime() - t0) / 1e6;
      for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
        if (line.startsWith("VmRSS:")) into[2][round] = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    } finally {
      process.destroyForcibly().waitFor();
    }
  }

  static double[] treeSaves(Path dir, int count) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("live").toString(), "run", "--watch", "tree", "main.py")
        .directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    Process process = builder.start();
    try {
      BlockingQueue<String> out = lines(process.getInputStream());
      await(out, "[live] ok");
      double[] millis = new double[count];
      for (int i = 0; i < count; i++) {
        Thread.sleep(150); // pacing between saves, as a person saves; not part of the figure
        long t0 = System.nanoTime();
        Files.writeString(dir.resolve("tree/d57/f42.txt"), "save " + i + "\n");
        await(out, "run " + (i + 2));
        millis[i] = (System.nanoTime() - t0) / 1e6;
      }
      return millis;
    } finally {
      process.destroyForcibly().waitFor();
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  record Raw(String json) {}

  static Map<String, Double> stats(double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return Map.of("median", sorted[sorted.length / 2], "p90", sorted[(int) (sorted.length * 0.9)]);
  }

  static void print(String label, double[] millis, double[] live) {
    Map<String, Double> s = stats(millis);
    String ratio = live == null ? "" : String.format("%.2f", stats(live).get("median") / s.get("median"));
    System.out.printf("%-44s %8.1f %8.1f %8s%n", label, s.get("median"), s.get("p90"), ratio);
  }

  static boolean has(String tool) {
    try {
      return new ProcessBuilder(tool, "--version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (p.waitFor() != 0) throw new IllegalStateException("failed: " + command);
  }

  static BlockingQueue<String> lines(InputStream stream) {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        for (String l = r.readLine(); l != null; l = r.readLine()) queue.add(l);
      } catch (IOException e) { /* process ended */ }
    });
    t.setDaemon(true);
    t.start();
    return queue;
  }

  static String await(BlockingQueue<String> q, String wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      String line = q.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) throw new IllegalStateException("timed out waiting for '" + wanted + "'");
      if (line.contains(wanted)) return line;
    }
  }

  static String json(Object value) {
    if (value instanceof Raw raw) return raw.json();
    if (value instanceof Map<?, ?> map) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      map.forEach((k, v) -> j.add("\"" + k + "\": " + json(v)));
      return j.toString();
    }
    if (value instanceof Number || value instanceof Boolean) return String.valueOf(value);
    return "\"" + String.valueOf(value).replace("\"", "'") + "\"";
  }
}
