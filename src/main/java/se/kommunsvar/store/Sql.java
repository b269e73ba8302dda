package se.kommunsvar.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants in and out of {@code TIMESTAMP WITH TIME ZONE} columns, always in UTC. */
public final class Sql {

    private Sql() {
    }

    public static void instant(PreparedStatement s, int index, Instant at) throws SQLException {
        s.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    public static Instant instant(ResultSet r, String column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Text cut to the column's width, so an over-long value is kept shortened rather than lost. */
    public static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width);
    }
}
