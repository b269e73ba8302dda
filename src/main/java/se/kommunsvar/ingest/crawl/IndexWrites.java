package se.kommunsvar.ingest.crawl;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one lock every write to a live index is made under (crawls, single-page re-index, deletion, rebuild), so
 * admin writes never interleave; searches never take it.
 */
public final class IndexWrites {

    private final ReentrantLock lock = new ReentrantLock();

    public void run(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }

    public <T> T call(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
