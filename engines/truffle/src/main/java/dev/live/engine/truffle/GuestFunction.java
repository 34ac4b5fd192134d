package dev.live.engine.truffle;

import dev.live.core.bridge.BridgeFunction;
import dev.live.core.bridge.NativeWrapper;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/** A guest function, method or class handed to other languages, called in its context. */
public abstract class GuestFunction<B extends GuestBridge> extends NativeWrapper<B, Value>
    implements BridgeFunction, GuestValue {

  protected GuestFunction(B bridge, Value function) {
    super(bridge, function);
  }

  @Override
  public Object call(List<Object> arguments) {
    bridge.calling();
    try {
      return bridge.toBridge(value.execute(bridge.toGuestArguments(arguments)));
    } catch (PolyglotException e) {
      throw bridge.error(e);
    }
  }
}
