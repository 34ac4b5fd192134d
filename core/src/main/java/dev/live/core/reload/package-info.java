/** The reload loop: when to run again, and one run's bookkeeping. */
package dev.live.core.reload;
