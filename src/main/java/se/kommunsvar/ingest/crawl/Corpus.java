package se.kommunsvar.ingest.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import se.kommunsvar.parse.PageFormat;

/**
 * The fetched pages on disk: {@code <corpus>/crawl/<host>/<sha256 of the final address>.<format>} (the
 * {@link PageFormat#extension()} of its Content-Type: {@code .html}, {@code .pdf}) with a {@code .json}
 * {@link CorpusEntry} beside it. Each file is written to a temporary name and moved into place atomically, the
 * bytes before the metadata, so a metadata file always describes complete bytes.
 */
public final class Corpus {

    public static final String CRAWL_FOLDER = "crawl";

    private final Path root;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** A corpus in the folder (its crawled pages live in the {@value #CRAWL_FOLDER} sub-folder). */
    public Corpus(Path corpusDir) {
        this.root = corpusDir.resolve(CRAWL_FOLDER);
    }

    /** A stored page: its metadata and bytes. */
    public record Stored(CorpusEntry entry, byte[] bytes) {

        /** The stored Content-Type's media type ("text/html"), or empty. */
        public String mediaType() {
            return FetchResult.mediaTypeOf(entry.contentType());
        }
    }

    public void write(CorpusEntry entry, byte[] bytes) {
        Path file = bytesFile(entry.finalUrl(), entry.contentType());
        try {
            Files.createDirectories(file.getParent());
            writeAtomically(file, bytes);
            for (Path other : bytesFiles(entry.finalUrl())) {
                if (!other.equals(file)) {
                    Files.deleteIfExists(other);
                }
            }
            writeAtomically(jsonFile(entry.finalUrl()), mapper.writeValueAsBytes(entry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + entry.finalUrl() + " in the corpus " + root, e);
        }
    }

    public void delete(String finalUrl) {
        try {
            Files.deleteIfExists(jsonFile(finalUrl));
            for (Path file : bytesFiles(finalUrl)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + finalUrl + " from the corpus " + root, e);
        }
    }

    /** Removes every stored page indexed under the page address (an editor removed the page). */
    public void deletePage(String pageUrl) {
        for (Path json : entries()) {
            try {
                CorpusEntry entry = mapper.readValue(json.toFile(), CorpusEntry.class);
                if (entry.pageUrl().equals(pageUrl) || entry.finalUrl().equals(pageUrl)) {
                    delete(entry.finalUrl());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + json, e);
            }
        }
    }

    /** The stored page fetched from the address, if its bytes match its metadata. */
    public Optional<Stored> find(String finalUrl) {
        Path json = jsonFile(finalUrl);
        return Files.isRegularFile(json) ? read(json) : Optional.empty();
    }

    /** The metadata files of every stored page, in name order. */
    public List<Path> entries() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus " + root, e);
        }
    }

    /** Reads a stored page; empty when its bytes are missing or do not match the hash in its metadata. */
    public Optional<Stored> read(Path json) {
        try {
            CorpusEntry entry = mapper.readValue(json.toFile(), CorpusEntry.class);
            Path file = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", "")
                    + extension(entry.contentType()));
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return sha256(bytes).equals(entry.sha256()) ? Optional.of(new Stored(entry, bytes)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Where the bytes fetched from the address with that Content-Type are stored. */
    Path bytesFile(String finalUrl, String contentType) {
        return folder(finalUrl).resolve(name(finalUrl) + extension(contentType));
    }

    /** Every file the address's bytes could be stored in, one per format (a page may have changed format). */
    private List<Path> bytesFiles(String finalUrl) {
        return Arrays.stream(PageFormat.values()).map(f -> folder(finalUrl).resolve(name(finalUrl) + f.extension()))
                .distinct().toList();
    }

    /** The stored file's ending: its format's, or {@code .html} for a type we do not name (as every page was stored). */
    private static String extension(String contentType) {
        return PageFormat.ofMediaType(FetchResult.mediaTypeOf(contentType)).map(PageFormat::extension)
                .orElse(PageFormat.HTML.extension());
    }

    private static String name(String finalUrl) {
        return sha256(finalUrl.getBytes(StandardCharsets.UTF_8));
    }

    private Path jsonFile(String finalUrl) {
        return folder(finalUrl).resolve(name(finalUrl) + ".json");
    }

    private Path folder(String url) {
        String host;
        try {
            URI uri = URI.create(url);
            host = (uri.getHost() == null ? "unknown" : uri.getHost()) + (uri.getPort() > 0 ? "_" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            host = "unknown";
        }
        return root.resolve(host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_"));
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".tmp-", ".part");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** All stored pages that can be read, skipping damaged ones (counted by the caller through {@link #entries()}). */
    public List<Stored> readAll() {
        List<Stored> out = new ArrayList<>();
        for (Path json : entries()) {
            read(json).ifPresent(out::add);
        }
        return out;
    }
}
