/** Benchmarks run by hand (plain main methods, not tests); their figures are kept in docs/BENCHMARKS.md. */
package se.kommunsvar.bench;
