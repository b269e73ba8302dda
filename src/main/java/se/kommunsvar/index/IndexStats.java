package se.kommunsvar.index;

/** Counts of what is indexed. */
public record IndexStats(int pages, int passages, int municipalities) {
}
