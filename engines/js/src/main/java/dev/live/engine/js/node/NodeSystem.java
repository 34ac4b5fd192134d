package dev.live.engine.js.node;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/** The Java halves of Node's {@code os}, {@code crypto} and {@code tty}: what the JVM knows. */
public final class NodeSystem {

  static final NodeSystem INSTANCE = new NodeSystem();

  private final SecureRandom random = new SecureRandom();

  private NodeSystem() {}

  public String platform() {
    String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    return name.startsWith("windows") ? "win32" : name.startsWith("mac") ? "darwin" : name;
  }

  public String type() {
    String platform = platform();
    return switch (platform) {
      case "win32" -> "Windows_NT";
      case "darwin" -> "Darwin";
      case "linux" -> "Linux";
      default -> System.getProperty("os.name");
    };
  }

  public String arch() {
    String arch = System.getProperty("os.arch");
    return switch (arch) {
      case "amd64", "x86_64" -> "x64";
      case "aarch64" -> "arm64";
      case "x86", "i386" -> "ia32";
      default -> arch;
    };
  }

  public String release() {
    return System.getProperty("os.version");
  }

  public String homedir() {
    return System.getProperty("user.home");
  }

  public String tmpdir() {
    String tmp = System.getProperty("java.io.tmpdir");
    return tmp.length() > 1 && tmp.endsWith("/") ? tmp.substring(0, tmp.length() - 1) : tmp;
  }

  public String username() {
    return System.getProperty("user.name");
  }

  public String hostname() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  public int processors() {
    return Runtime.getRuntime().availableProcessors();
  }

  public double totalMemory() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getTotalMemorySize()
        : Runtime.getRuntime().maxMemory();
  }

  public double freeMemory() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getFreeMemorySize()
        : Runtime.getRuntime().freeMemory();
  }

  public double uptime() {
    return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
  }

  /** Whether file descriptor 0, 1 or 2 is a terminal, as far as the JVM can tell. */
  public boolean isatty(int fd) {
    return fd >= 0 && fd <= 2 && System.console() != null;
  }

  /** Writes to standard output (1) or standard error (2) without a line break. */
  public void write(int fd, String text) {
    PrintStream stream = fd == 2 ? System.err : System.out;
    stream.print(text);
    stream.flush();
  }

  public double nanoTime() {
    return System.nanoTime();
  }

  public String randomUUID() {
    return UUID.randomUUID().toString();
  }

  /** {@code size} random bytes as a Latin-1 string (see {@link NodeFs}). */
  public String randomBytes(int size) {
    byte[] bytes = new byte[size];
    random.nextBytes(bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** A message digest by Node's name ({@code md5}, {@code sha1}, {@code sha256}, ...). */
  public MessageDigest digest(String algorithm) throws NoSuchAlgorithmException {
    String name = algorithm.toLowerCase(Locale.ROOT);
    return MessageDigest.getInstance(
        switch (name) {
          case "sha1", "sha256", "sha384", "sha512", "sha224" -> "SHA-" + name.substring(3);
          default -> name.toUpperCase(Locale.ROOT);
        });
  }

  /** Feeds Latin-1 {@code bytes} to {@code digest}. */
  public void update(MessageDigest digest, String bytes) {
    digest.update(bytes.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** The digest as {@code hex}, {@code base64}, {@code base64url} or Latin-1 bytes. */
  public String finish(MessageDigest digest, String encoding) {
    byte[] hash = digest.digest();
    return switch (encoding == null ? "" : encoding) {
      case "hex" -> HexFormat.of().formatHex(hash);
      case "base64" -> Base64.getEncoder().encodeToString(hash);
      case "base64url" -> Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
      default -> new String(hash, StandardCharsets.ISO_8859_1);
    };
  }
}
