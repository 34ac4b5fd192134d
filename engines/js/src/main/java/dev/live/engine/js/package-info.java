/** JavaScript for {@code live}, through GraalJS. */
package dev.live.engine.js;
