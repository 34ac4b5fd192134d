// IgnoreTiming: the time of one ignore decision on a path 12 folders deep, with a .gitignore of
// five patterns in each folder; prints nanoseconds per decision. Part "tree" of Bench.java runs it:
//
//   java -cp 'cli/target/live/lib/*' bench/IgnoreTiming.java
import dev.live.core.watch.IgnoreRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class IgnoreTiming {
  public static void main(String[] args) throws Exception {
    Path repo = Files.createTempDirectory("live-ignore");
    Files.createDirectories(repo.resolve(".git"));
    Path deep = repo;
    for (int level = 0; level < 12; level++) {
      Files.writeString(deep.resolve(".gitignore"), "*.log\n!keep.log\n/build-" + level + "/\n**/cache/**\n[abc]*.tmp\n");
      deep = Files.createDirectories(deep.resolve("level" + level));
    }
    Path file = Files.writeString(deep.resolve("main.py"), "x\n");
    IgnoreRules rules = IgnoreRules.of(List.of(), repo, true);
    boolean ignored = false;
    for (int i = 0; i < 20_000; i++) ignored |= rules.ignoresBelow(repo, file);
    int calls = 200_000;
    long t0 = System.nanoTime();
    for (int i = 0; i < calls; i++) ignored |= rules.ignoresBelow(repo, file);
    long elapsed = System.nanoTime() - t0;
    if (ignored) throw new IllegalStateException("main.py must not be ignored");
    System.out.println((double) elapsed / calls);
  }
}
