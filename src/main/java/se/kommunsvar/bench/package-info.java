/** National-scale benchmarks: a deterministic corpus generator, a loopback load generator and the reliability run. */
package se.kommunsvar.bench;
