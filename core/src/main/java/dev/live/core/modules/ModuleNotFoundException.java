package dev.live.core.modules;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code use("name")} found no file. The message lists every path tried. */
public class ModuleNotFoundException extends RuntimeException {

  private final String moduleName;
  private final Path callerFile;
  private final List<Path> tried;

  public ModuleNotFoundException(
      String moduleName, Path callerFile, List<Path> tried, Function<Path, String> display) {
    super(
        "no module '"
            + moduleName
            + "' for use(\""
            + moduleName
            + "\") in "
            + callerFile.getFileName()
            + "; tried: "
            + tried.stream().map(display).collect(Collectors.joining(", "))
            + ". Create one of these files, or add its folder with --path.");
    this.moduleName = moduleName;
    this.callerFile = callerFile;
    this.tried = List.copyOf(tried);
  }

  public String moduleName() {
    return moduleName;
  }

  public Path callerFile() {
    return callerFile;
  }

  public List<Path> tried() {
    return tried;
  }
}
