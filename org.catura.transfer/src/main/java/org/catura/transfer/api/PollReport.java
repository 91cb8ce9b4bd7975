package org.catura.transfer.api;

import java.util.List;

/** What one poll did with each file it saw. */
public record PollReport(List<Outcome> files) {

    public PollReport {
        files = List.copyOf(files);
    }

    public enum Status {
        /** The handler took it; moved to {@code done/}. */
        ACCEPTED,
        /** The handler refused it for good; moved to {@code error/} with the reason. */
        REJECTED,
        /** Fetching or handling failed for now; left in place for the next poll. */
        FAILED,
        /** Its name is no plain file name ({@link FileNames}); not fetched, left in place. */
        REFUSED_NAME
    }

    /** {@code name} is printable (control characters escaped); {@code reason} empty when accepted. */
    public record Outcome(String name, Status status, String reason) {
    }

    public List<Outcome> with(Status status) {
        return files.stream().filter(f -> f.status() == status).toList();
    }

    public List<String> accepted() {
        return with(Status.ACCEPTED).stream().map(Outcome::name).toList();
    }
}
