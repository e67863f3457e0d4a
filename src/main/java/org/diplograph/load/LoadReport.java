package org.diplograph.load;

import java.util.ArrayList;
import java.util.List;

/** What a load wrote: graphs and quads, and every graph the target refused with its reason. */
public final class LoadReport {

    private long graphs;
    private long quads;
    private final List<String> failures = new ArrayList<>();

    /** Counts one graph of {@code quads} quads as written. */
    public void written(long graphs, long quads) {
        this.graphs += graphs;
        this.quads += quads;
    }

    public void failed(String message) {
        failures.add(message);
    }

    public long graphs() {
        return graphs;
    }

    public long quads() {
        return quads;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }
}
