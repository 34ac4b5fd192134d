package dev.live.engine.js;

import dev.live.core.bridge.BridgeFunction;
import dev.live.engine.truffle.GuestObject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A live view of a JavaScript class instance: properties read and written in place, methods
 * returned bound to the instance.
 */
final class JsObject extends GuestObject<JsBridge> {

  JsObject(JsBridge bridge, Value object) {
    super(bridge, object);
  }

  @Override
  public Set<String> keys() {
    return new LinkedHashSet<>(value.getMemberKeys());
  }

  @Override
  public Object get(String name) {
    if (!value.hasMember(name)) {
      return null;
    }
    try {
      Value member = value.getMember(name);
      if (member != null && member.canExecute() && !member.isProxyObject()) {
        return boundMethod(name);
      }
      return bridge.toBridge(member);
    } catch (PolyglotException e) {
      throw bridge.error(e);
    }
  }

  private BridgeFunction boundMethod(String name) {
    return arguments -> {
      try {
        return bridge.toBridge(value.invokeMember(name, bridge.toGuestArguments(arguments)));
      } catch (PolyglotException e) {
        throw bridge.error(e);
      }
    };
  }

  @Override
  public String typeName() {
    Value meta = value.getMetaObject();
    return meta == null ? "Object" : meta.getMetaSimpleName();
  }

  @Override
  public String toString() {
    return "<js " + typeName() + " object>";
  }
}
