package org.catura.runtime.internal;

import java.util.concurrent.Callable;
import org.catura.documents.bench.DocumentBenchmark;
import org.catura.shipping.bench.MatrixBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The carrier matrix's decisions per second on one thread, over a catalogue of realistic size; then
 * delivery notes and picking lists rendered as PDF per second.
 */
@Command(name = "shipping", mixinStandardHelpOptions = true,
        description = "Carrier matrix decisions per second on one thread (default 50 services x 20 zones), "
                + "then delivery notes and picking lists (20 lines each) rendered as PDF per second.")
final class ShippingBench implements Callable<Integer> {

    @Option(names = "--services", defaultValue = "50", description = "Services in the catalogue (default: ${DEFAULT-VALUE})")
    int services;

    @Option(names = "--zones", defaultValue = "20", description = "Zones (default: ${DEFAULT-VALUE})")
    int zones;

    @Option(names = "--seconds", defaultValue = "5", description = "Measured seconds per round (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--documents", defaultValue = "50",
            description = "Delivery notes and picking lists per round, 0 for none (default: ${DEFAULT-VALUE})")
    int documents;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of catalogue and orders (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        if (services < 1 || zones < 1 || seconds <= 0 || rounds < 1) {
            throw new UsageException("--services, --zones, --seconds and --rounds must be positive");
        }
        if (documents < 0) {
            throw new UsageException("--documents must not be negative");
        }
        MatrixBenchmark bench = new MatrixBenchmark(services, zones, seed);
        System.out.printf("Carrier matrix: %d services x %d zones, 1000 orders of 1-5 lines, one thread%n", services,
                zones);
        for (int r = 1; r <= rounds; r++) {
            MatrixBenchmark.Result result = bench.run(r == 1 ? 200_000 : 0, seconds);
            System.out.printf("  round %d: %,d decisions in %.2f s = %,.0f decisions/s, %,.0f per CPU second (%.0f %%"
                    + " with a service chosen, %.1f eligible and %.1f exclusion reasons each on average; checksum"
                    + " %x)%n", r, result.decisions(), result.seconds(), result.perSecond(), result.perCpuSecond(),
                    100 * result.chosenShare(), result.averageCandidates(), result.averageReasons(),
                    result.checksum());
        }
        if (documents > 0) {
            DocumentBenchmark paper = new DocumentBenchmark();
            System.out.printf("Documents: %d delivery notes and %d picking lists of %d lines per round, one thread"
                    + " (a warm-up round first)%n", documents, documents, DocumentBenchmark.LINES);
            paper.run(Math.min(documents, 20));
            for (int r = 1; r <= rounds; r++) {
                DocumentBenchmark.Result result = paper.run(documents);
                System.out.printf("  round %d: %,.1f delivery notes/s, %,.1f picking lists/s (%,d KiB of PDF)%n", r,
                        result.deliveryNotesPerSecond(), result.pickingListsPerSecond(), result.pdfBytes() / 1024);
            }
        }
        return 0;
    }
}
