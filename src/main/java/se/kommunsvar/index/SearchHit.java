package se.kommunsvar.index;

import se.kommunsvar.parse.Passage;

/** A passage found by a search, with its score. */
public record SearchHit(Passage passage, float score) {
}
