package org.catura.runtime.internal;

import java.util.concurrent.Callable;
import org.catura.shipping.bench.MatrixBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The carrier matrix's decisions per second on one thread, over a catalogue of realistic size. */
@Command(name = "shipping", mixinStandardHelpOptions = true,
        description = "Carrier matrix decisions per second on one thread (default 50 services x 20 zones).")
final class ShippingBench implements Callable<Integer> {

    @Option(names = "--services", defaultValue = "50", description = "Services in the catalogue (default: ${DEFAULT-VALUE})")
    int services;

    @Option(names = "--zones", defaultValue = "20", description = "Zones (default: ${DEFAULT-VALUE})")
    int zones;

    @Option(names = "--seconds", defaultValue = "5", description = "Measured seconds per round (default: ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--rounds", defaultValue = "3", description = "Rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of catalogue and orders (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        if (services < 1 || zones < 1 || seconds <= 0 || rounds < 1) {
            throw new UsageException("--services, --zones, --seconds and --rounds must be positive");
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
        return 0;
    }
}
