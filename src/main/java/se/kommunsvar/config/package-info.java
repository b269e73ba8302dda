/** Configuration parsed once at start-up into a {@link se.kommunsvar.config.Settings} record. */
package se.kommunsvar.config;
