package se.kommunsvar.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bundled {@code municipalities.tsv}: name, kind, county, domains (comma-separated), official name, and
 * whether the name is also an ordinary word ({@code yes}/{@code no}); blank lines and {@code #} comments skipped.
 */
final class DirectoryFile {

    static final String RESOURCE = "municipalities.tsv";

    private DirectoryFile() {}

    static MunicipalityDirectory load() {
        try (InputStream in = MunicipalityDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " next to MunicipalityDirectory");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    static MunicipalityDirectory parse(BufferedReader reader) throws IOException {
        List<Municipality> list = new ArrayList<>();
        Set<Municipality> ambiguous = new HashSet<>();
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != 6) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 6 columns, got " + c.length);
            }
            Municipality m = new Municipality(c[0].strip(), Municipality.Kind.valueOf(c[1].strip().toUpperCase(Locale.ROOT)),
                    c[2].strip(), List.of(c[3].strip().split("\\s*,\\s*")), c[4].strip());
            list.add(m);
            if (c[5].strip().equals("yes")) {
                ambiguous.add(m);
            }
        }
        return new MunicipalityDirectory(list, ambiguous);
    }
}
