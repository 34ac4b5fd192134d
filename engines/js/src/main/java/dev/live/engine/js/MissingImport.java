package dev.live.engine.js;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ES module's import that names no file, located in the importing file. GraalJS reports it as
 * Node does for a path ({@code Cannot find module '/abs/x' imported from /abs/main.mjs}) but with
 * no line, and, as it looks bare names up next to their importer, also for a package that is not
 * installed: the import statement tells which it was.
 *
 * @param message Node's message: the one above for a relative or absolute specifier, {@code Cannot
 *     find package 'x' imported from /abs/main.mjs} for a bare name
 * @param line the importing file's line that names the specifier (1-based), or 0 if not found
 * @param source that line's text, empty if not found
 */
record MissingImport(String message, Path importer, int line, String source) {

  /** Node's {@code code} of a missing import's error. */
  static final String CODE = "ERR_MODULE_NOT_FOUND";

  private static final Pattern GRAALJS_MESSAGE =
      Pattern.compile("Cannot find module '(/[^']*)' imported from (/.+)");

  /** A string literal after {@code from}, {@code import} or {@code import(}. */
  private static final Pattern SPECIFIER =
      Pattern.compile("(?:\\bfrom|\\bimport)\\s*\\(?\\s*(['\"])([^'\"]+)\\1");

  /** What GraalJS's {@code message} stands for, when it is a missing import. */
  static Optional<MissingImport> of(String message) {
    Matcher matcher = GRAALJS_MESSAGE.matcher(message.strip());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Path missing = Path.of(matcher.group(1));
    Path importer = Path.of(matcher.group(2));
    List<String> lines;
    try {
      lines = Files.readAllLines(importer);
    } catch (IOException | RuntimeException e) {
      return Optional.of(new MissingImport(message.strip(), importer, 0, ""));
    }
    Path folder = importer.getParent();
    for (int i = 0; i < lines.size(); i++) {
      Matcher specifiers = SPECIFIER.matcher(lines.get(i));
      while (specifiers.find()) {
        String specifier = specifiers.group(2);
        if (!folder.resolve(specifier).normalize().equals(missing)) {
          continue;
        }
        boolean bare = !specifier.startsWith(".") && !specifier.startsWith("/");
        String text =
            bare
                ? "Cannot find package '" + specifier + "' imported from " + importer
                : message.strip();
        return Optional.of(new MissingImport(text, importer, i + 1, lines.get(i)));
      }
    }
    return Optional.of(new MissingImport(message.strip(), importer, 0, ""));
  }
}
