package se.kommunsvar.ingest.crawl;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kommunsvar.index.IndexedPage;
import se.kommunsvar.index.PageOrigin;
import se.kommunsvar.index.PassageIndex;
import se.kommunsvar.ingest.IngestSummary;
import se.kommunsvar.municipality.Municipality;
import se.kommunsvar.municipality.MunicipalityDirectory;
import se.kommunsvar.parse.Page;
import se.kommunsvar.parse.PageFormat;
import se.kommunsvar.parse.PageFormatException;
import se.kommunsvar.parse.PageReaders;
import se.kommunsvar.parse.Passage;
import se.kommunsvar.parse.Passages;

/**
 * Turns a response into an index change, without committing: 200 with new bytes is parsed and replaces the page;
 * bytes whose hash the index already holds, or a 304, change nothing; 404 and 410 delete the page; anything else
 * keeps the old page and is counted as failed. Every index write is done under the {@link IndexWrites} lock.
 */
final class FetchedPageIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(FetchedPageIndexer.class);
    /** What a crawl reads: a site's pages and documents; a text file on a site is no page (it has no source line). */
    private static final Set<PageFormat> CRAWLED = EnumSet.of(PageFormat.HTML, PageFormat.PDF);

    private final PageReaders readers;
    private final PageKeys keys;
    private final PassageIndex index;
    private final IndexWrites writes;

    FetchedPageIndexer(PageReaders readers, MunicipalityDirectory directory, PassageIndex index, IndexWrites writes) {
        this(readers, directory, index, writes, Optional.empty());
    }

    /** An indexer whose pages from hosts of no municipality belong to {@code siteOf}, as an editor said. */
    FetchedPageIndexer(PageReaders readers, MunicipalityDirectory directory, PassageIndex index, IndexWrites writes,
                       Optional<Municipality> siteOf) {
        this.readers = readers;
        this.keys = new PageKeys(directory, siteOf);
        this.index = index;
        this.writes = writes;
    }

    /** Validators the index holds for the page fetched from an address, sent back as a conditional GET. */
    Optional<Fetcher.Validators> validators(String source) {
        return index.origin(source).map(o -> new Fetcher.Validators(o.etag(), o.lastModified()))
                .filter(v -> !v.etag().isEmpty() || !v.lastModified().isEmpty());
    }

    PageResult apply(FetchResult r, IngestSummary summary) {
        return switch (r.status()) {
            case 200 -> applyOk(r, summary);
            case 304 -> unchanged(r, index.origin(r.finalUrl()).map(PageOrigin::url).orElse(""), summary);
            case 404, 410 -> removed(r, summary);
            default -> failed(r, "http " + r.status(), summary);
        };
    }

    private PageResult applyOk(FetchResult r, IngestSummary summary) {
        Optional<PageFormat> format = readers.formatOf(r.mediaType(), r.body()).filter(CRAWLED::contains);
        if (format.isEmpty()) {
            summary.skipped(r.mediaType());
            return result(r, "", "skipped", r.mediaType(), 0);
        }
        if (format.get() != PageFormat.PDF && looksBinary(r.body())) {
            summary.skipped("binary");
            return result(r, "", "skipped", "binary", 0);
        }
        String hash = Corpus.sha256(r.body());
        Optional<PageOrigin> old = index.origin(r.finalUrl());
        if (old.isPresent() && old.get().contentHash().equals(hash)) {
            return unchanged(r, old.get().url(), summary);
        }
        Page page;
        try {
            page = keptMunicipality(keys.keyed(readers.read(format.get(), r.body(), r.charset(), r.finalUrl()), r.finalUrl()));
        } catch (PageFormatException e) {
            LOG.warn("skipped {}: {}", r.finalUrl(), e.getMessage());
            if (e.isKnownSkip()) {
                summary.skipped(e.kind());
                return result(r, "", "skipped", e.kind(), 0);
            }
            return failed(r, e.kind(), summary);
        }
        List<Passage> passages = Passages.of(page);
        PageOrigin origin = new PageOrigin(page.url(), r.finalUrl(), hash, r.etag(), r.lastModified());
        boolean existed = writes.call(() -> {
            boolean had = old.isPresent() || index.page(page.url()).isPresent();
            old.filter(o -> !o.url().equals(page.url())).ifPresent(o -> index.deletePage(o.url()));
            index.replacePage(page, passages, r.fetched(), origin);
            return had;
        });
        if (existed) {
            summary.changed(passages.size());
        } else {
            summary.added(passages.size());
        }
        return result(r, page.url(), existed ? "changed" : "new", "", passages.size());
    }

    /**
     * A page that comes out of no municipality keeps the one the index holds for it: an editor's setting for a site of
     * a host of none lasts over the next re-fetch of one page.
     */
    private Page keptMunicipality(Page page) {
        if (!page.municipality().isEmpty()) {
            return page;
        }
        return index.page(page.url()).map(IndexedPage::municipality).filter(m -> !m.isEmpty())
                .map(m -> new Page(page.url(), page.title(), m, page.dates(), page.contacts(), page.blocks()))
                .orElse(page);
    }

    private PageResult unchanged(FetchResult r, String pageUrl, IngestSummary summary) {
        summary.unchanged();
        return result(r, pageUrl, "unchanged", "", 0);
    }

    private PageResult removed(FetchResult r, IngestSummary summary) {
        Optional<String> key = index.origin(r.finalUrl()).map(PageOrigin::url)
                .or(() -> index.origin(r.url()).map(PageOrigin::url))
                .or(() -> index.page(r.url()).map(p -> p.url()));
        if (key.isEmpty()) {
            summary.failed("http " + r.status());
            return result(r, "", "failed", "http " + r.status(), 0);
        }
        writes.run(() -> index.deletePage(key.get()));
        summary.removed();
        return result(r, key.get(), "removed", "http " + r.status(), 0);
    }

    private static PageResult failed(FetchResult r, String kind, IngestSummary summary) {
        summary.failed(kind);
        return result(r, "", "failed", kind, 0);
    }

    private static PageResult result(FetchResult r, String pageUrl, String outcome, String detail, int passages) {
        return new PageResult(r.url(), r.finalUrl(), r.redirects(), pageUrl, outcome, detail, passages);
    }

    /** Whether the crawl follows links in the response's body: only a page that is not binary, of a format with links. */
    static boolean hasLinks(String mediaType, byte[] body) {
        boolean linked = PageFormat.ofMediaType(mediaType).map(PageFormat::hasLinks).orElse(mediaType.isEmpty());
        return linked && !looksBinary(body);
    }

    /** NUL bytes near the start mean a binary file, whatever the Content-Type says. */
    static boolean looksBinary(byte[] body) {
        for (int i = 0; i < Math.min(body.length, 4096); i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
