package dev.live.core.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a script as UTF-8 text, with errors that say what is wrong with the file. What cannot be a
 * script is refused before a byte is read: a folder, a device or a pipe (reading one may never end)
 * and a file over {@link #MAX_BYTES}.
 */
public final class SourceReader {

  /**
   * The largest script live reads, far above any hand-written program: a larger file is data or
   * generated code, and compiling it would take minutes and gigabytes before an engine gave up.
   */
  public static final long MAX_BYTES = 16 * 1024 * 1024;

  private static final double MEGABYTE = 1024 * 1024;

  private SourceReader() {}

  /** A file's bytes and their text. */
  public record Read(byte[] bytes, String text) {}

  public static Read read(Path file) {
    return read(file, file.toString());
  }

  /** Reads a file, naming it in messages as {@code shown}. */
  public static Read read(Path file, String shown) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw cannotRead(file, shown, e);
    }
    if (attributes.isDirectory()) {
      throw new SourceFileException(
          file, shown + " is a folder, not a script. Name a file in it, such as main.py.", null);
    }
    if (!attributes.isRegularFile()) {
      throw new SourceFileException(
          file,
          shown
              + " is not a regular file but a device, a pipe or a socket, which live does not"
              + " read. Name a script file instead.",
          null);
    }
    if (attributes.size() > MAX_BYTES) {
      throw tooLarge(file, shown, attributes.size());
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // A file that grew since its size was read is still read no further than the limit.
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw cannotRead(file, shown, e);
    }
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(file, shown, bytes.length);
    }
    if (looksBinary(bytes)) {
      throw new SourceFileException(
          file, shown + " is a binary file, not a script. Name the script to run instead.", null);
    }
    return new Read(bytes, decode(file, shown, bytes));
  }

  private static SourceFileException cannotRead(Path file, String shown, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new SourceFileException(file, shown + " does not exist.", e);
    }
    if (e instanceof AccessDeniedException) {
      return new SourceFileException(
          file, "cannot read " + shown + ": permission denied. Fix it with chmod u+r.", e);
    }
    return new SourceFileException(file, "cannot read " + shown + ": " + e.getMessage(), e);
  }

  private static SourceFileException tooLarge(Path file, String shown, long size) {
    return new SourceFileException(
        file,
        String.format(
            Locale.ROOT,
            "%s is too large to run: %.1f MB, and a script may have at most %.0f MB. Split it into"
                + " modules, or keep large data in a file the script reads.",
            shown,
            size / MEGABYTE,
            MAX_BYTES / MEGABYTE),
        null);
  }

  private static String decode(Path file, String shown, byte[] bytes) {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SourceFileException(
          file,
          shown + " is not UTF-8 text. Save it as UTF-8 (your editor's encoding setting).",
          e);
    }
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
  }

  private static boolean looksBinary(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
