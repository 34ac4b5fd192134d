package dev.live.engine.truffle;

import dev.live.core.bridge.BridgeObject;
import dev.live.core.bridge.NativeWrapper;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * A live view of a guest object (a class instance, a module): members read and written in place.
 * Which members it shows and how a method is handed out is the language's.
 */
public abstract class GuestObject<B extends GuestBridge> extends NativeWrapper<B, Value>
    implements BridgeObject, GuestValue {

  protected GuestObject(B bridge, Value object) {
    super(bridge, object);
  }

  @Override
  public boolean has(String name) {
    return value.hasMember(name);
  }

  @Override
  public void set(String name, Object member) {
    try {
      value.putMember(name, bridge.toGuest(member));
    } catch (PolyglotException e) {
      throw bridge.error(e);
    }
  }
}
