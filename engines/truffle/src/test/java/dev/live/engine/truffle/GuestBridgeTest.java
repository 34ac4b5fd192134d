package dev.live.engine.truffle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.Test;

/** What every Truffle engine's bridge does alike, with a bridge that views nothing. */
class GuestBridgeTest {

  /** A bridge whose guest values are all views of one kind, and whose guests take bridge values. */
  private static final class PlainBridge extends GuestBridge {
    PlainBridge() {
      super(() -> {});
    }

    @Override
    protected Object view(Value value) {
      return "view of " + value;
    }

    @Override
    public Object toGuest(Object value) {
      return "guest " + value;
    }

    @Override
    public RuntimeException error(PolyglotException e) {
      return e;
    }
  }

  /** What a guest holds for another language's map. */
  private record Stand(Object bridgeValue) implements BridgedValue, ProxyObject {
    @Override
    public Object getMember(String key) {
      return null;
    }

    @Override
    public Object getMemberKeys() {
      return new Object[0];
    }

    @Override
    public boolean hasMember(String key) {
      return false;
    }

    @Override
    public void putMember(String key, Value value) {}
  }

  private final PlainBridge bridge = new PlainBridge();

  @Test
  void primitivesCrossAsJavaValuesInTheSmallestTypeThatHoldsThem() {
    BigInteger big = BigInteger.ONE.shiftLeft(70);

    assertThat(bridge.toBridge(null)).isNull();
    assertThat(bridge.toBridge(Value.asValue(null))).isNull();
    assertThat(bridge.toBridge(Value.asValue(true))).isEqualTo(true);
    assertThat(bridge.toBridge(Value.asValue("text"))).isEqualTo("text");
    assertThat(bridge.toBridge(Value.asValue(42L))).isEqualTo(42);
    assertThat(bridge.toBridge(Value.asValue(1L << 40))).isEqualTo(1L << 40);
    assertThat(bridge.toBridge(Value.asValue(big))).isEqualTo(big);
    assertThat(bridge.toBridge(Value.asValue(2.5))).isEqualTo(2.5);
  }

  @Test
  void aStandInCrossesBackAsTheValueItStandsForAndAHostObjectAsItself() {
    Map<String, Object> foreign = Map.of("a", 1);
    Object host = new StringBuilder("host");

    assertThat(bridge.toBridge(Value.asValue(new Stand(foreign)))).isSameAs(foreign);
    assertThat(bridge.toBridge(Value.asValue(host))).isSameAs(host);
  }

  @Test
  void argumentsConvertEachWayFromTheGivenPosition() {
    Value[] arguments = {Value.asValue("options"), Value.asValue(1L), Value.asValue("b")};

    assertThat(bridge.toBridgeArguments(arguments, 1)).containsExactly(1, "b");
    assertThat(Arrays.asList(bridge.toGuestArguments(List.of(1, "b"))))
        .containsExactly("guest 1", "guest b");
  }
}
