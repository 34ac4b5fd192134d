package dev.live.engine.js;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.BridgeObject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A live view of a JavaScript class instance: properties read and written in place, methods
 * returned bound to the instance.
 */
final class JsObject implements BridgeObject, JsNative {

  private final JsBridge bridge;
  private final Value object;

  JsObject(JsBridge bridge, Value object) {
    this.bridge = bridge;
    this.object = object;
  }

  @Override
  public Set<String> keys() {
    return new LinkedHashSet<>(object.getMemberKeys());
  }

  @Override
  public boolean has(String name) {
    return object.hasMember(name);
  }

  @Override
  public Object get(String name) {
    if (!object.hasMember(name)) {
      return null;
    }
    try {
      Value member = object.getMember(name);
      if (member != null && member.canExecute() && !member.isProxyObject()) {
        return boundMethod(name);
      }
      return bridge.toBridge(member);
    } catch (PolyglotException e) {
      throw JsErrors.translate(e, false, bridge.context());
    }
  }

  private BridgeFunction boundMethod(String name) {
    return arguments -> {
      try {
        return bridge.toBridge(object.invokeMember(name, bridge.toJsArguments(arguments)));
      } catch (PolyglotException e) {
        throw JsErrors.translate(e, false, bridge.context());
      }
    };
  }

  @Override
  public void set(String name, Object value) {
    try {
      object.putMember(name, bridge.toJs(value));
    } catch (PolyglotException e) {
      throw JsErrors.translate(e, false, bridge.context());
    }
  }

  @Override
  public String typeName() {
    Value meta = object.getMetaObject();
    return meta == null ? "Object" : meta.getMetaSimpleName();
  }

  @Override
  public String toString() {
    return "<js " + typeName() + " object>";
  }

  @Override
  public JsBridge bridge() {
    return bridge;
  }

  @Override
  public Value value() {
    return object;
  }
}
