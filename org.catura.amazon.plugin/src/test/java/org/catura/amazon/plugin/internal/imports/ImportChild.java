package org.catura.amazon.plugin.internal.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.catura.amazon.plugin.internal.Fixture;
import org.catura.amazon.plugin.internal.channel.ChannelClients;
import org.catura.amazon.plugin.internal.channel.ChannelService;
import org.catura.core.api.db.JdbcDatabase;
import org.catura.core.api.db.Tx;
import org.catura.core.api.secret.AesGcmSecrets;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The import in a JVM of its own, to be killed: {@code URL KEYFILE CHANNEL SIGNALDIR PAGE PAGESIZE}
 * runs the channel's import and, with page PAGE's orders written but its transaction still open,
 * leaves a signal file and hangs.
 */
public final class ImportChild {

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(args[0]);
        JdbcDatabase db = new JdbcDatabase(ds);
        Path signals = Path.of(args[3]);
        int hangAt = Integer.parseInt(args[4]);
        ImportObserver hang = new ImportObserver() {
            @Override
            public void pageWritten(Tx tx, String channel, int page) throws Exception {
                if (page == hangAt) {
                    Files.writeString(signals.resolve("in-page-" + page), "");
                    Thread.sleep(Long.MAX_VALUE);
                }
            }
        };
        ChannelService channels = new ChannelService(db, AesGcmSecrets.fromKeyFile(Path.of(args[1])),
                Fixture.IDS, Fixture.SANDBOX_HOST, () -> { });
        ImportService imports = new ImportService(db, Fixture.process(), channels,
                new ChannelClients(AesGcmSecrets.fromKeyFile(Path.of(args[1])), Fixture.SANDBOX_HOST, Fixture.FAST_RETRY),
                new ImportSettings(Integer.parseInt(args[5]), java.time.Duration.ofHours(24)), Clock.systemUTC(), hang);
        imports.runNow(args[2]);
    }
}
