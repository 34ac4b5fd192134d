package dev.live.cli;

import java.util.List;

/** One JSON object on one line, built field by field: strings, numbers, lists of strings. */
final class JsonLine {

  private final StringBuilder text = new StringBuilder("{");

  private JsonLine() {}

  /** An object whose first field is {@code "event": name}. */
  static JsonLine event(String name) {
    return new JsonLine().field("event", name);
  }

  JsonLine field(String name, String value) {
    return name(name).string(value);
  }

  JsonLine field(String name, long value) {
    name(name).text.append(value);
    return this;
  }

  JsonLine field(String name, List<String> values) {
    name(name).text.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      string(values.get(i));
    }
    text.append(']');
    return this;
  }

  private JsonLine name(String name) {
    if (text.length() > 1) {
      text.append(',');
    }
    string(name).text.append(':');
    return this;
  }

  private JsonLine string(String value) {
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        default -> {
          if (c < 0x20) {
            text.append(String.format("\\u%04x", (int) c));
          } else {
            text.append(c);
          }
        }
      }
    }
    text.append('"');
    return this;
  }

  @Override
  public String toString() {
    return text + "}";
  }
}
