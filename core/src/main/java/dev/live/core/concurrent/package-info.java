/** Concurrency helpers shared by the session, the watchers and the engines: daemon threads. */
package dev.live.core.concurrent;
