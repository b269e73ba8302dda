package se.kommunsvar.index;

import java.time.Instant;

/**
 * The last commit of the index on disk, for operators: its generation (grows by one with every commit) and when
 * it was written.
 */
public record CommitPoint(long generation, Instant committed) {
}
