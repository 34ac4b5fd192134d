/**
 * The neutral values that cross between languages: what each engine adapter converts its own values
 * to and from.
 */
package dev.live.core.bridge;
