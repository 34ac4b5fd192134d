// The benchmark suite of live. One command, after ./live has built the distribution once:
//
//   java bench/Bench.java [saves [part...]]    (default 50 saves per reload figure, every part)
//
// Parts: reload, cold, graph, fib, soak, python3, npm, tree; `java bench/Bench.java 50 cold` measures
// cold starts only.
//
// Prints every figure and writes them to bench/results/bench.json:
//   - reload latency: save to the re-run's first output line, plain and write-then-rename saves,
//     editing the main file and a used module, Python and JavaScript; the same for nodemon and
//     node --watch on the JavaScript cases when Node is installed (nodemon is installed into
//     bench/node_modules from the npm registry on first use), as the ratio live / peer;
//   - cold start, process start to first output line, of examples/hello (both languages) and
//     examples/mixed through ./live, next to a plain JVM running the same script on the bare engine;
//   - warm re-run of a generated 50-module graph mixing Python and JavaScript;
//   - CPU-bound code across saves: fib(30) per call in live's runs 1, 2 and 3 of a main file that
//     uses an unchanged module, JavaScript next to node and, when a graalpy engine is installed,
//     Python 3 next to python3;
//   - RSS, heap and threads after 50 and 1,000 reloads (runs bench/Soak.java);
//   - npm: require("lodash") in a re-run (fresh context, warm engine, a GC forced between runs),
//     and the reload latency of a main requiring lodash next to nodemon, over 4 × saves saves
//     reported as saves 1-n, n+1-2n and 2n+1-4n (lodash is installed into a temp folder with npm;
//     skipped without npm);
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
        "live js", liveSays(Map.of(), "engines").stream().filter(line -> line.startsWith("js "))
            .findFirst().orElse("none").replaceAll("\\s+", " ")));
    System.out.println("live runs on: " + RESULTS.get("machine"));
    Set<String> parts = new HashSet<>(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
    Set<String> known = Set.of("reload", "cold", "graph", "fib", "soak", "python3", "npm", "tree");
    if (!known.containsAll(parts)) {
      throw new IllegalArgumentException("parts are " + known + ", not " + parts);
    }
    if (parts.isEmpty()) parts = known;
    if (parts.contains("reload")) reloadLatency();
    if (parts.contains("cold")) coldStart();
    if (parts.contains("graph")) moduleGraph();
    if (parts.contains("fib")) fib();
    if (parts.contains("soak")) soak();
    if (parts.contains("python3")) python3();
    if (parts.contains("npm")) npm();
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
    Path main = dir.resolve("main." + (ext.equals("py3") ? "py" : ext));
    IntFunction<String> script = i -> ext.equals("py")
        ? "print 'token" + i + "'\nwhile True:\n    pass\n"
        : ext.equals("py3") ? PY3 + "print('token" + i + "')\nwhile True:\n    pass\n"
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
        new Start("live hello/main.js, LIVE_JIT=off", hello, NO_JIT, List.of(live, "run", "--once", "-q", "main.js"), plainJs),
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
    return millisUntil(start, "")[0];
  }

  /**
   * Milliseconds from process start to the first output line containing {@code wanted} (a JVM's
   * warnings on stderr come first and do not count), and to the process's exit.
   */
  static double[] millisUntil(Start start, String wanted) throws Exception {
    long t0 = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(start.command()).directory(start.dir().toFile()).redirectErrorStream(true);
    builder.environment().putAll(start.env());
    Process p = builder.start();
    BlockingQueue<String> out = lines(p.getInputStream());
    try {
      await(out, wanted, 120);
    } catch (IllegalStateException e) {
      p.destroyForcibly();
      throw new IllegalStateException(start.label() + ": no output line with '" + wanted + "'", e);
    }
    double millis = (System.nanoTime() - t0) / 1e6;
    p.waitFor();
    return new double[] {millis, (System.nanoTime() - t0) / 1e6};
  }

  /** The launcher's setting without the JIT compiler (on by default), for the figures without it. */
  static final Map<String, String> NO_JIT = Map.of("LIVE_JIT", "off");

  /**
   * The launcher makes its class-data-sharing archive in the background on the first start after
   * the jars or the JVM change (and, with the JIT on, links a runtime for the compiler first);
   * cold starts are measured once that is done, as users get them from then on: a start, then
   * waiting until no background job holds a lock in the cache folder, twice for each setting.
   */
  static void warmClassDataSharing() throws Exception {
    for (Map<String, String> env : List.of(Map.<String, String>of(), NO_JIT)) {
      for (int round = 0; round < 2; round++) {
        liveSays(env, "run", "--once", "-q", ROOT.resolve("examples/hello/main.py").toString());
        awaitClassArchive();
      }
    }
  }

  /** Waits (up to 4 minutes) until no background job of the launcher holds a lock in its cache. */
  static void awaitClassArchive() throws Exception {
    String cache = System.getenv("XDG_CACHE_HOME");
    Path folder = (cache == null || cache.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(cache)).resolve("live/cds");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline && locked(folder)) {
      Thread.sleep(250);
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

  // ---- CPU-bound code across saves ------------------------------------------------------------

  /**
   * A fib(30) module used by a main file, in live for three runs (the start, then two saves of the
   * main file; the module stays as it was), next to the same code run three times by its usual
   * interpreter. JavaScript against node; Python 3 against python3 when a graalpy engine is
   * installed. Each run makes five calls; a run's figure is their mean, so run 1 shows the warm-up
   * and run 3 whether the compiled code survived the saves.
   */
  static void fib() throws Exception {
    List<String> engines = liveSays(Map.of(), "engines");
    boolean python3 = engines.stream().anyMatch(line -> line.startsWith("graalpy "));
    Map<String, Object> figures = new LinkedHashMap<>();
    System.out.printf("%n%-44s %8s %8s %8s%n", "fib(30) ms per call, mean of 5 calls", "run 1", "run 2", "run 3");
    fibLanguage(figures, "JavaScript", "js", "node",
        "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n"
            + "if (typeof module === 'object') module.exports = { fib };\n",
        saved -> "// save " + saved + "\n"
            + "const { fib } = typeof use === 'function' ? use('fib') : require('./fib.js');\n"
            + "const now = typeof performance === 'object' ? () => performance.now() : () => Date.now();\n"
            + "for (let i = 0; i < 5; i++) {\n"
            + "  const start = now();\n"
            + "  fib(30);\n"
            + "  console.log('fib30 ' + (now() - start));\n"
            + "}\n");
    if (python3) {
      fibLanguage(figures, "Python 3", "py", "python3",
          "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n",
          saved -> "#!/usr/bin/env python3\n# save " + saved + "\n"
              + "import time\n"
              + "try:\n    fib = use('fib').fib\nexcept NameError:\n    from fib import fib\n"
              + "for i in range(5):\n"
              + "    start = time.perf_counter()\n"
              + "    fib(30)\n"
              + "    print('fib30', (time.perf_counter() - start) * 1000, flush=True)\n");
    } else {
      System.out.println("(no graalpy engine installed: no Python 3 figures)");
    }
    RESULTS.put("fib(30) ms per call", figures);
  }

  /** Three live runs of {@code main(save)} and three runs of the peer on the same files. */
  static void fibLanguage(Map<String, Object> figures, String language, String ext, String peer,
      String module, IntFunction<String> main) throws Exception {
    Path dir = Files.createTempDirectory("live-fib");
    Files.writeString(dir.resolve("fib." + ext), module);
    Path mainFile = dir.resolve("main." + ext);
    Files.writeString(mainFile, main.apply(0));
    double[] live = new double[3];
    ProcessBuilder builder = new ProcessBuilder(liveCommand(dir, mainFile.getFileName().toString()))
        .directory(dir.toFile()).redirectErrorStream(true);
    Process p = builder.start();
    try {
      BlockingQueue<String> out = lines(p.getInputStream());
      for (int run = 0; run < 3; run++) {
        if (run > 0) Files.writeString(mainFile, main.apply(run));
        live[run] = meanOfCalls(out, 5);
      }
    } finally {
      p.destroyForcibly().waitFor();
    }
    figures.put("live " + language, List.of(live[0], live[1], live[2]));
    System.out.printf("%-44s %8.1f %8.1f %8.1f%n", "live, " + language, live[0], live[1], live[2]);
    if (!has(peer)) return;
    double[] alone = new double[3];
    for (int run = 0; run < 3; run++) {
      Process q = new ProcessBuilder(peer, mainFile.getFileName().toString()).directory(dir.toFile()).redirectErrorStream(true).start();
      try {
        alone[run] = meanOfCalls(lines(q.getInputStream()), 5);
      } finally {
        q.destroyForcibly().waitFor();
      }
    }
    figures.put(peer, List.of(alone[0], alone[1], alone[2]));
    System.out.printf("%-44s %8.1f %8.1f %8.1f   live run 3 / %s: %.2f%n", peer + ", three processes", alone[0], alone[1], alone[2], peer, live[2] / stats(alone).get("median"));
  }

  static double meanOfCalls(BlockingQueue<String> out, int calls) throws InterruptedException {
    double sum = 0;
    for (int i = 0; i < calls; i++) {
      // A generous bound: the first calls run before the JIT has compiled anything.
      sum += Double.parseDouble(await(out, "fib30 ", 120).replaceAll(".*fib30 ", "").trim());
    }
    return sum / calls;
  }

  // ---- python 3 ------------------------------------------------------------------------------

  static final String PY3 = "#!/usr/bin/env python3\n";

  /**
   * Python 3 on GraalPy: cold start of a hello (live, and a bare GraalPy harness beside it), reload
   * latency of a module save against nodemon restarting CPython on the same files, a busy loop
   * stopped by a save, and the resident memory after 50 and 1,000 reloads.
   */
  static void python3() throws Exception {
    Map<String, Object> figures = new LinkedHashMap<>();
    Path dir = Files.createTempDirectory("live-bench");
    Files.writeString(dir.resolve("main.py"), PY3 + "print(f\"hello {3 * 14}\")\n");
    String live = ROOT.resolve("live").toString();
    Start cold = new Start("live python3 hello", dir, Map.of(), List.of(live, "run", "--once", "-q", "main.py"), null);
    millisUntil(cold, "hello 42"); // makes the class archive, when it is not made yet
    awaitClassArchive();
    // The same program on a bare Context (compiled once, the interpreter-only warning off as live
    // turns it off), on the JVM running the bench: the figure live's start is compared with.
    Files.writeString(dir.resolve("Harness.java"), String.join("\n",
        "public class Harness {",
        "  public static void main(String[] a) {",
        "    System.setProperty(\"polyglot.engine.WarnInterpreterOnly\", \"false\");",
        "    try (var c = org.graalvm.polyglot.Context.create(\"python\")) {",
        "      c.eval(\"python\", \"print(f'hello {3 * 14}')\");",
        "    }",
        "  }",
        "}"));
    Path javaBin = Path.of(System.getProperty("java.home"), "bin");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    run(List.of(javaBin.resolve("javac").toString(), "-cp", LIB + "/*", "-d", classes.toString(), dir.resolve("Harness.java").toString()));
    Start harness = new Start("bare GraalPy harness", dir, Map.of(), List.of(javaBin.resolve("java").toString(), "-cp", LIB + "/*:" + classes, "Harness"), null);
    // Alternating, so that both see the same drift of the machine's load.
    double[][] liveStarts = new double[2][5], bareStarts = new double[2][5];
    for (int i = 0; i < 5; i++) {
      double[] l = millisUntil(cold, "hello 42"), b = millisUntil(harness, "hello 42");
      for (int k = 0; k < 2; k++) {
        liveStarts[k][i] = l[k];
        bareStarts[k][i] = b[k];
      }
    }
    figures.put("cold start ms, live run --once", stats(liveStarts[0]));
    figures.put("cold start ms, bare harness", stats(bareStarts[0]));
    figures.put("start to exit ms, live run --once", stats(liveStarts[1]));
    figures.put("start to exit ms, bare harness", stats(bareStarts[1]));
    print("python3 cold start, live run --once", liveStarts[0], null);
    print("python3 cold start, bare GraalPy harness", bareStarts[0], liveStarts[0]);
    print("python3 start to exit, live run --once", liveStarts[1], null);
    print("python3 start to exit, bare GraalPy harness", bareStarts[1], liveStarts[1]);

    double[] reload = latency("py", "module", false, d -> python3Main(d, true));
    figures.put("reload ms, live module save", stats(reload));
    print("python3 reload, live module save", reload, null);
    Path nodemon = has("node") && has("python3") ? nodemon() : null;
    if (nodemon != null) {
      double[] peer = latency("py", "module", false, d -> {
        python3Main(d, false);
        return List.of("node", nodemon.toString(), "-q", "-e", "py", "--exec", "python3 main.py");
      });
      figures.put("reload ms, nodemon restarting CPython", stats(peer));
      print("python3 reload, nodemon + CPython", peer, reload);
    }
    double[] busy = busyLoop("py3");
    figures.put("stopping a busy loop ms", stats(busy));
    print("python3 main, stopping a busy loop", busy, null);
    figures.put("rss MB after reloads", python3Memory());
    RESULTS.put("python3", figures);
  }

  /** Rewrites main.py of a latency folder as Python 3: use() for live, import for CPython. */
  static List<String> python3Main(Path dir, boolean live) {
    try {
      String load = live ? "use('util')" : "__import__('util')";
      Files.writeString(dir.resolve("main.py"), PY3 + "print('m0', " + load + ".word)\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return liveCommand(dir, "main.py");
  }

  /**
   * Resident memory of live's JVM at rest after 50 and 1,000 module saves of a Python 3 program
   * (bench/Soak.java's python3 mode: at rest is once the JVM is idle, the JIT done compiling).
   */
  static Map<String, Object> python3Memory() throws Exception {
    Map<String, Object> rss = new LinkedHashMap<>();
    if (!runSoak("1000", "python3")) {
      return rss;
    }
    String json = Files.readString(ROOT.resolve("bench/results/soak-python3.json"));
    java.util.regex.Matcher sample = java.util.regex.Pattern.compile("\"after (\\d+) reloads\": \\{\"rssKb\": (\\d+)").matcher(json);
    while (sample.find()) {
      double mb = Long.parseLong(sample.group(2)) / 1024.0;
      rss.put(sample.group(1), mb);
      System.out.printf("%-44s %8.0f%n", "python3 RSS MB at rest after " + sample.group(1) + " reloads", mb);
    }
    return rss;
  }

  /** Runs bench/Soak.java with {@code args}, its output shown; true when it succeeded. */
  static boolean runSoak(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), ROOT.resolve("bench/Soak.java").toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO().start().waitFor() == 0;
  }

  static long rssKb(ProcessHandle process) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
      }
    } catch (IOException e) {
      // Gone: no memory.
    }
    return 0;
  }

  // ---- npm packages --------------------------------------------------------------------------

  static void npm() throws Exception {
    if (!has("npm")) {
      System.out.println("\nnpm: skipped, npm is not installed");
      return;
    }
    Path dir = Files.createTempDirectory("live-npm");
    Files.writeString(dir.resolve("package.json"), "{\"name\": \"bench\", \"private\": true}");
    Process install = new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund", "lodash@4")
        .directory(dir.toFile()).inheritIO().start();
    if (install.waitFor() != 0) {
      System.out.println("\nnpm: skipped, npm install lodash failed");
      return;
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    // The time of require('lodash') itself, inside a re-run; a dispose hook forces a GC between
    // runs, so only what live keeps strongly (the parsed sources) survives from one run to the next.
    IntFunction<String> timed = i -> String.join("\n",
        "live.onDispose(() => Java.type('java.lang.System').gc());",
        "const t0 = Date.now();",
        "const _ = require('lodash');",
        "console.log('lodash " + i + " ' + (Date.now() - t0) + ' ' + _.sum([1, 2]));", "");
    Path main = dir.resolve("main.js");
    Files.writeString(main, timed.apply(0));
    List<Double> requires = new ArrayList<>();
    Process live = new ProcessBuilder(liveCommand(dir, "main.js")).directory(dir.toFile()).redirectErrorStream(true).start();
    try {
      BlockingQueue<String> out = lines(live.getInputStream());
      await(out, "lodash 0 ");
      for (int i = 1; i <= 20; i++) {
        Thread.sleep(150); // pacing between saves; not part of the figure
        Files.writeString(main, timed.apply(i));
        String line = await(out, "lodash " + i + " ");
        requires.add(Double.parseDouble(line.split(" ")[2]));
      }
    } finally {
      live.destroyForcibly().waitFor();
    }
    Collections.sort(requires);
    double median = requires.get(requires.size() / 2);
    System.out.printf("%n%-44s %8.0f ms (median of 20 re-runs, GC between; min %.0f, max %.0f)%n",
        "require('lodash') in a re-run", median, requires.get(0), requires.get(requires.size() - 1));
    figures.put("require lodash in a re-run", Map.of("median", median, "min", requires.get(0), "max", requires.get(requires.size() - 1)));

    // The first saves after the start pay for the JIT warming up on the code every reload runs;
    // the saves after them are what an hours-long session sees. Each stretch is reported.
    System.out.printf("%-44s %8s %8s %8s%n", "reload latency, main requiring lodash (ms)", "median", "p90", "vs live");
    double[] liveReload = lodashReload(dir, liveCommand(dir, "main.js"));
    Path nodemon = nodemon();
    double[] peer = nodemon == null ? null : lodashReload(dir, List.of("node", nodemon.toString(), "-q", "main.js"));
    // saves 1-n, n+1-2n, 2n+1-4n
    int[] stretchEnds = {saves, 2 * saves, 4 * saves};
    int from = 0;
    for (int to : stretchEnds) {
      String which = "saves " + (from + 1) + "-" + to;
      double[] ours = Arrays.copyOfRange(liveReload, from, to);
      figures.put("live reload, main requiring lodash, " + which, stats(ours));
      print("live, " + which, ours, null);
      if (peer != null) {
        double[] theirs = Arrays.copyOfRange(peer, from, to);
        figures.put("nodemon reload, main requiring lodash, " + which, stats(theirs));
        print("nodemon, " + which, theirs, ours);
      }
      from = to;
    }
    RESULTS.put("npm packages ms", figures);
  }

  /** Save-to-output times of 4 × saves saves of a main that requires lodash, the same code for live and Node. */
  static double[] lodashReload(Path dir, List<String> command) throws Exception {
    IntFunction<String> main = i -> "const _ = require('lodash');\nconsole.log('r" + i + " ' + _.sum([" + i + ", 1]));\n";
    Path file = dir.resolve("main.js");
    Files.writeString(file, main.apply(0));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    Process process = builder.start();
    try {
      BlockingQueue<String> out = lines(process.getInputStream());
      await(out, "r0 1");
      double[] millis = new double[4 * saves];
      for (int i = 1; i <= 4 * saves; i++) {
        Thread.sleep(150); // pacing between saves, as a person saves; not part of the figure
        long t0 = System.nanoTime();
        Files.writeString(file, main.apply(i));
        await(out, "r" + i + " " + (i + 1));
        millis[i - 1] = (System.nanoTime() - t0) / 1e6;
      }
      return millis;
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
  }

  // ---- soak ----------------------------------------------------------------------------------

  static void soak() throws Exception {
    System.out.println();
    if (runSoak("1000")) {
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
      into[2][round] = rssKb(process.toHandle()) / 1024.0;
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
    return await(q, wanted, 120);
  }

  static String await(BlockingQueue<String> q, String wanted, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
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
