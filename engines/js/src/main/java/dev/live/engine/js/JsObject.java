package dev.live.engine.js;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeObject;
import dev.live.core.bridge.NativeWrapper;
import java.util.LinkedHashSet;
import java.util.Set;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A live view of a JavaScript class instance: properties read and written in place, methods
 * returned bound to the instance.
 */
final class JsObject extends NativeWrapper<JsBridge, Value> implements BridgeObject, JsNative {

  JsObject(JsBridge bridge, Value object) {
    super(bridge, object);
  }

  @Override
  public Set<String> keys() {
    return new LinkedHashSet<>(value.getMemberKeys());
  }

  @Override
  public boolean has(String name) {
    return value.hasMember(name);
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
      throw JsErrors.translate(e, false, bridge);
    }
  }

  private BridgeFunction boundMethod(String name) {
    return arguments -> {
      try {
        return bridge.toBridge(value.invokeMember(name, bridge.toJsArguments(arguments)));
      } catch (PolyglotException e) {
        throw JsErrors.translate(e, false, bridge);
      }
    };
  }

  @Override
  public void set(String name, Object member) {
    try {
      value.putMember(name, bridge.toJs(member));
    } catch (PolyglotException e) {
      throw JsErrors.translate(e, false, bridge);
    }
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
