/**
 * Any JSR-223 ({@code javax.script}) engine as a {@code live} language.
 *
 * <p>{@link dev.live.engine.jsr223.Jsr223Discovery} offers one provider per script engine factory
 * on the class path whose extensions no dedicated adapter claims. Each module of each run is
 * evaluated in a fresh {@link javax.script.ScriptContext}, with {@code use} and {@code live} bound
 * in its engine-scope bindings; the module's top-level names are read back from those bindings.
 *
 * <p>What a new language provides, all optional:
 *
 * <ul>
 *   <li>a prelude resource, {@code META-INF/live/jsr223/<engine-name>.prelude} (one of the
 *       factory's {@link javax.script.ScriptEngineFactory#getNames() names}), evaluated in every
 *       module's fresh bindings after {@code use} and {@code live} are bound and before the module.
 *       It defines in the language itself what the engine lacks; names it defines are not exported.
 *   <li>a {@link dev.live.engine.jsr223.Jsr223Language} service, when the engine's own Java interop
 *       cannot call the bound Java objects or hand back values a bridge can use: it converts
 *       values, makes the module contexts, stops a run, and reads the engine's errors.
 * </ul>
 *
 * Without either, an engine still runs files and exports its top-level names; {@code use} and
 * {@code live} are plain Java objects ({@link dev.live.engine.jsr223.UseFunction#load(Object)},
 * {@link dev.live.core.bridge.BridgeObject#get(String)}) that scripts call through the engine's
 * Java interop.
 */
package dev.live.engine.jsr223;
