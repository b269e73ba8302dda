package se.kommunsvar.privacy;

import java.time.Instant;

/**
 * A question that got no answer, already redacted, with how often and when it was asked.
 *
 * @param question the redacted question as first asked (the group's representative)
 * @param municipality the municipality it was asked about, or empty when none was known
 * @param count how many times it was asked within the retention time
 * @param firstSeen when it was first asked
 * @param lastSeen when it was last asked
 */
public record UnansweredQuestion(String question, String municipality, int count, Instant firstSeen, Instant lastSeen) {
}
