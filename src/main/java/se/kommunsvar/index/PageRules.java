package se.kommunsvar.index;

import java.util.Optional;

/**
 * What editors decided about pages, which every way a page enters the index must honour (crawl, re-index,
 * rebuild, ingest): a removed page stays out, and a page's municipality may be corrected by hand.
 */
public interface PageRules {

    /** No decisions: every page is indexed as parsed. */
    PageRules NONE = new PageRules() {
        @Override
        public boolean excluded(String url) {
            return false;
        }

        @Override
        public Optional<String> municipality(String url) {
            return Optional.empty();
        }
    };

    /** True when an editor removed the page with this address and has not re-added it. */
    boolean excluded(String url);

    /** The municipality an editor set for the page, if any. */
    Optional<String> municipality(String url);
}
