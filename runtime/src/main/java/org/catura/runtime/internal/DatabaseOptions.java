package org.catura.runtime.internal;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which database a command works on: the embedded one in a data folder, or a run configuration's. */
final class DatabaseOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder of the embedded PostgreSQL (default: ~/.catura/demo)")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file of `catura run`")
    Path config;

    /** A session with {@code workers} engine threads: 0 for commands that only read or hand in. */
    Session open(Framework framework, int workers) {
        if (data != null && config != null) {
            throw new UsageException("Give either --data or --config, not both");
        }
        if (config != null) {
            RunConfiguration run = RunConfiguration.read(config);
            return Session.external(framework, run, workers);
        }
        return Session.embedded(framework, dataFolder(), "", workers);
    }

    Path dataFolder() {
        return data != null ? data : defaultDataFolder();
    }

    static Path defaultDataFolder() {
        return Path.of(System.getProperty("user.home"), ".catura", "demo");
    }
}
