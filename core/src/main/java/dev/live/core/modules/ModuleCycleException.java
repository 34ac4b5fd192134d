package dev.live.core.modules;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Modules use each other in a cycle; the message names the whole cycle. */
public class ModuleCycleException extends RuntimeException {

  private final List<Path> cycle;

  /**
   * @param cycle the files in order, the first repeated at the end
   */
  public ModuleCycleException(List<Path> cycle) {
    super(
        "use() cycle: "
            + cycle.stream()
                .map(p -> p.getFileName().toString())
                .collect(Collectors.joining(" -> "))
            + ". Move what both need into a third module, or pass it as an argument.");
    this.cycle = List.copyOf(cycle);
  }

  public List<Path> cycle() {
    return cycle;
  }
}
