package dev.live.core.modules;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a script as UTF-8 text, with errors that say what is wrong with the file. */
public final class SourceReader {

  private SourceReader() {}

  /** A file's bytes and their text. */
  public record Read(byte[] bytes, String text) {}

  public static Read read(Path file) {
    return read(file, file.toString());
  }

  /** Reads a file, naming it in messages as {@code shown}. */
  public static Read read(Path file, String shown) {
    if (Files.isDirectory(file)) {
      throw new SourceFileException(
          file, shown + " is a folder, not a script. Name a file in it, such as main.py.", null);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new SourceFileException(file, shown + " does not exist.", e);
    } catch (AccessDeniedException e) {
      throw new SourceFileException(
          file, "cannot read " + shown + ": permission denied. Fix it with chmod u+r.", e);
    } catch (IOException e) {
      throw new SourceFileException(file, "cannot read " + shown + ": " + e.getMessage(), e);
    }
    if (looksBinary(bytes)) {
      throw new SourceFileException(
          file, shown + " is a binary file, not a script. Name the script to run instead.", null);
    }
    return new Read(bytes, decode(file, shown, bytes));
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
