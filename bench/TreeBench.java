// TreeBench: a --watch folder of 10,000 files (and a node_modules of 5,000 that is ignored).
//
//   java -cp 'cli/target/live/lib/*' bench/TreeBench.java    (java bench/Bench.java 50 tree runs it)
//
// Prints and writes bench/results/tree.json:
//   - start-up: process start to the first run's status line, and to the run a save deep in the
//     tree triggers (so the tree is walked and watched), next to the same script without --watch;
//   - RSS after that second run, with and without the tree;
//   - save-to-output latency of a file deep in the tree;
//   - one ignore-rule decision on a path 12 folders deep with a .gitignore in each folder.
import dev.live.core.watch.IgnoreRules;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

public class TreeBench {
  static final Path ROOT = Path.of("").toAbsolutePath();
  static final int ROUNDS = 5;
  static final int SAVES = 20;

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("live-tree");
    Files.writeString(dir.resolve("main.py"), "print 'run', live.run\n");
    Files.writeString(dir.resolve(".gitignore"), "*.log\n");
    for (int folder = 0; folder < 100; folder++) {
      Path d = Files.createDirectories(dir.resolve("tree/d" + folder));
      for (int file = 0; file < 100; file++) Files.writeString(d.resolve("f" + file + ".txt"), "x\n");
    }
    for (int folder = 0; folder < 100; folder++) {
      Path d = Files.createDirectories(dir.resolve("tree/node_modules/p" + folder));
      for (int file = 0; file < 50; file++) Files.writeString(d.resolve("i" + file + ".js"), "x\n");
    }
    Map<String, Object> results = new LinkedHashMap<>();
    List<double[]> plain = new ArrayList<>();
    List<double[]> tree = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      plain.add(start(dir, false));
      tree.add(start(dir, true));
    }
    System.out.printf("%-52s %10s %10s %10s%n", "10,000-file tree under --watch (median of " + ROUNDS + ")", "ok (ms)", "ready (ms)", "RSS (MB)");
    results.put("without --watch", row("live run main.py", plain));
    results.put("with --watch tree", row("live run --watch tree main.py", tree));
    double[] saves = saves(dir);
    Arrays.sort(saves);
    System.out.printf("%-52s %10.1f ms median, %.1f ms p90%n", "save deep in the tree to output", saves[saves.length / 2], saves[(int) (saves.length * 0.9)]);
    results.put("save in tree ms", Map.of("median", saves[saves.length / 2], "p90", saves[(int) (saves.length * 0.9)]));
    double nanos = ignoreMatchNanos();
    System.out.printf("%-52s %10.0f ns%n", "one ignore decision, 12 folders deep", nanos);
    results.put("ignore decision ns", nanos);
    Path out = Files.createDirectories(ROOT.resolve("bench/results"));
    Files.writeString(out.resolve("tree.json"), json(results) + "\n");
  }

  static Map<String, Double> row(String label, List<double[]> rounds) {
    double[] ok = rounds.stream().mapToDouble(r -> r[0]).sorted().toArray();
    double[] ready = rounds.stream().mapToDouble(r -> r[1]).sorted().toArray();
    double[] rss = rounds.stream().mapToDouble(r -> r[2]).sorted().toArray();
    System.out.printf("%-52s %10.0f %10.0f %10.0f%n", label, ok[ok.length / 2], ready[ready.length / 2], rss[rss.length / 2]);
    return Map.of("ok ms", ok[ok.length / 2], "ready ms", ready[ready.length / 2], "rss MB", rss[rss.length / 2]);
  }

  /** Start to the first "[live] ok", start to the run a save triggers, and RSS then. */
  static double[] start(Path dir, boolean watchTree) throws Exception {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("live").toString(), "run"));
    if (watchTree) command.addAll(List.of("--watch", "tree"));
    command.add("main.py");
    Path saved = watchTree ? dir.resolve("tree/d99/f99.txt") : dir.resolve("main.py");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    long t0 = System.nanoTime();
    Process process = builder.start();
    try {
      BlockingQueue<String> out = lines(process.getInputStream());
      await(out, "[live] ok");
      double ok = (System.nanoTime() - t0) / 1e6;
      Files.writeString(saved, Files.readString(saved) + "\n");
      await(out, "run 2");
      double ready = (System.nanoTime() - t0) / 1e6;
      return new double[] {ok, ready, rssMb(process.pid())};
    } finally {
      process.destroyForcibly().waitFor();
    }
  }

  static double[] saves(Path dir) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("live").toString(), "run", "--watch", "tree", "main.py").directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    Process process = builder.start();
    try {
      BlockingQueue<String> out = lines(process.getInputStream());
      await(out, "[live] ok");
      double[] millis = new double[SAVES];
      for (int i = 0; i < SAVES; i++) {
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

  static double ignoreMatchNanos() throws IOException {
    Path repo = Files.createTempDirectory("live-ignore");
    Files.createDirectories(repo.resolve(".git"));
    Path deep = repo;
    for (int level = 0; level < 12; level++) {
      Files.writeString(deep.resolve(".gitignore"), "*.log\n!keep.log\n/build-" + level + "/\n**/cache/**\n[abc]*.tmp\n");
      deep = Files.createDirectories(deep.resolve("level" + level));
    }
    Path file = Files.writeString(deep.resolve("main.py"), "x\n");
    IgnoreRules rules = IgnoreRules.of(List.of(), repo, true);
    boolean any = false;
    for (int i = 0; i < 20_000; i++) any |= rules.ignoresBelow(repo, file);
    int calls = 200_000;
    long t0 = System.nanoTime();
    for (int i = 0; i < calls; i++) any |= rules.ignoresBelow(repo, file);
    long elapsed = System.nanoTime() - t0;
    if (any) throw new IllegalStateException("main.py should not be ignored");
    return (double) elapsed / calls;
  }

  static double rssMb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
    }
    return -1;
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

  static void await(BlockingQueue<String> q, String wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      String line = q.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) throw new IllegalStateException("timed out waiting for '" + wanted + "'");
      if (line.contains(wanted)) return;
    }
  }

  static String json(Object value) {
    if (value instanceof Map<?, ?> map) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      map.forEach((k, v) -> j.add("\"" + k + "\": " + json(v)));
      return j.toString();
    }
    return String.valueOf(value);
  }
}
