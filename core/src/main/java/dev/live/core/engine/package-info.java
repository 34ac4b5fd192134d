/**
 * The engine SPI: how a language plugs into {@code live}. {@link
 * dev.live.core.engine.EngineProvider} is found by ServiceLoader; it starts one warm {@link
 * dev.live.core.engine.EngineAdapter} per session, which opens one {@link
 * dev.live.core.engine.EngineRun} per run.
 *
 * <p>What every engine would otherwise write again is here too, so that an engine writes only what
 * its language needs: {@link dev.live.core.engine.AbstractEngineProvider} (a provider's
 * description), {@link dev.live.core.engine.ModuleGlobals} and {@link
 * dev.live.core.engine.ModuleUse} (the globals of a module's scope), {@link
 * dev.live.core.engine.RunCancellation} (a run's cancel state) and {@link
 * dev.live.core.engine.SourceModule} (a module's name and file).
 */
package dev.live.core.engine;
