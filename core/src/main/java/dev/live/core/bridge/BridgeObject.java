package dev.live.core.bridge;

import java.util.Set;

/**
 * An object with named members that crosses between languages and stays live: a class instance (a
 * Python object, a JavaScript class instance) or a module. Reads and writes go to the owner's
 * object; a method read from it is a {@link BridgeFunction} bound to it.
 */
public interface BridgeObject {

  /** The member names to list: attributes and, where the language lists them, methods. */
  Set<String> keys();

  /** True when the object has this member, listed or not. */
  boolean has(String name);

  /** The member's value as a bridge value, or null when absent. */
  Object get(String name);

  /** Sets a member. */
  void set(String name, Object value);

  /** The name of the object's class or kind, for messages: {@code Point}, {@code module}. */
  String typeName();
}
