package se.kommunsvar.parse;

import java.time.LocalDate;
import java.util.Optional;

/** The dates a page states about itself, in ISO form when known. */
public record PageDates(Optional<LocalDate> updated, Optional<LocalDate> published, Optional<LocalDate> decided) {

    public static PageDates none() {
        return new PageDates(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The date a resident should see: when the page was last updated, else when it was published. */
    public Optional<LocalDate> best() {
        return updated.or(() -> published);
    }

    public PageDates withUpdated(Optional<LocalDate> date) {
        return new PageDates(date.or(() -> updated), published, decided);
    }
}
