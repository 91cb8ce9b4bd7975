package org.catura.runtime.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.catura.amazon.plugin.api.AmazonChannel;
import org.catura.amazon.plugin.api.AmazonChannels;
import org.catura.amazon.plugin.api.AmazonMarketplaces;
import org.catura.amazon.plugin.api.AmazonRegion;
import org.catura.core.api.channel.ChannelSettings.SettingsException;
import org.catura.core.api.channel.ChannelSetup;
import org.catura.core.api.channel.ConnectionTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Amazon channels from the command line, the same way the "New Amazon channel" page creates them
 * (the Amazon plugin's channel setup): add one with its secrets from standard input, list them,
 * test one's connection.
 */
@Command(name = "channels", mixinStandardHelpOptions = true,
        description = "Amazon channels: add one (secrets from standard input), list them, test a connection.",
        subcommands = {ChannelsCommand.Add.class, ChannelsCommand.ListChannels.class, ChannelsCommand.Test.class})
final class ChannelsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: add, list or test");
    }

    /** The options each field of the channel setup is given by, for messages. */
    private static final Map<String, String> OPTIONS = Map.of("name", "NAME", "region", "--region", "marketplaces",
            "--marketplaces", "sellerId", "--seller-id", "clientId", "--client-id", "clientSecret",
            "the client secret (first line of standard input)", "refreshToken",
            "the refresh token (second line of standard input)", "endpoint", "--endpoint", "tokenUrl", "--token-url");

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create an Amazon channel, order sync off. Reads the LWA client secret and refresh token "
                    + "from standard input, one per line (prompts for them on a terminal).")
    static final class Add implements Callable<Integer> {

        private final Framework framework;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(index = "0", paramLabel = "NAME", description = "Channel name, e.g. amazon-eu")
        String name;

        @Option(names = "--region", required = true, paramLabel = "EU|NA|FE", description = "SP-API region")
        String region;

        @Option(names = "--marketplaces", required = true, paramLabel = "COUNTRY,...",
                description = "Marketplaces by country, e.g. Germany,France")
        String marketplaces;

        @Option(names = "--seller-id", required = true, paramLabel = "ID", description = "Merchant token")
        String sellerId;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "LWA client id of the app")
        String clientId;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "SP-API endpoint of one's own; only for a host allowed by amazon.allowedHosts")
        String endpoint;

        @Option(names = "--token-url", paramLabel = "URL",
                description = "LWA token URL of one's own; only for a host allowed by amazon.allowedHosts")
        String tokenUrl;

        Add(Framework framework) {
            this.framework = framework;
        }

        @Override
        public Integer call() {
            String[] secrets = readSecrets();
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", name);
            values.put("region", region);
            values.put("marketplaces", marketplaces);
            values.put("sellerId", sellerId);
            values.put("clientId", clientId);
            values.put("clientSecret", secrets[0]);
            values.put("refreshToken", secrets[1]);
            if (endpoint != null) {
                values.put("endpoint", endpoint);
            }
            if (tokenUrl != null) {
                values.put("tokenUrl", tokenUrl);
            }
            try (Session session = database.open(framework, 0)) {
                ChannelSetup setup = framework.await(ChannelSetup.class, Session.SERVICE_TIMEOUT);
                AmazonChannels channels = framework.await(AmazonChannels.class, Session.SERVICE_TIMEOUT);
                String id;
                try {
                    id = setup.create(values, null);
                } catch (SettingsException e) {
                    String option = e.field() == null ? null : OPTIONS.get(e.field());
                    throw new UsageException((option == null ? "" : option + ": ") + e.getMessage());
                }
                AmazonChannel c = channels.get(id).orElseThrow();
                System.out.println("Channel " + id + " created: " + describe(c) + ".");
                System.out.println("Order sync is off. Test the connection with: catura channels test " + id);
                return 0;
            }
        }

        /** On a terminal: asked for, not echoed. Otherwise: the first two lines of standard input. */
        private static String[] readSecrets() {
            SecretInput input = SecretInput.ofThisProcess();
            String missing = "Give the LWA client secret and the refresh token on standard input, one per line"
                    + " (e.g. from a file: < secrets.txt)";
            String secret = input.next("LWA client secret", false, missing).strip();
            String refresh = input.next("LWA refresh token", false, missing).strip();
            if (secret.isEmpty() || refresh.isEmpty()) {
                throw new UsageException(missing);
            }
            return new String[] {secret, refresh};
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The Amazon channels, one per line.")
    static final class ListChannels implements Callable<Integer> {

        private final Framework framework;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        ListChannels(Framework framework) {
            this.framework = framework;
        }

        @Override
        public Integer call() {
            try (Session session = database.open(framework, 0)) {
                List<AmazonChannel> all = framework.await(AmazonChannels.class, Session.SERVICE_TIMEOUT).list();
                if (all.isEmpty()) {
                    System.out.println("No Amazon channel yet; add one with: catura channels add NAME --region EU ...");
                }
                all.forEach(c -> System.out.println(c.name() + ": " + describe(c) + "; order sync "
                        + (c.syncEnabled() ? "on" : "off") + "; secrets " + (c.clientSecretSet() && c.refreshTokenSet()
                                ? "set" : "missing")));
                return 0;
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Sign in to Amazon with the channel's credentials and make one harmless call; "
                    + "exit code 0 when it worked, 1 when not.")
    static final class Test implements Callable<Integer> {

        private final Framework framework;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Test(Framework framework) {
            this.framework = framework;
        }

        @Override
        public Integer call() {
            try (Session session = database.open(framework, 0)) {
                AmazonChannels channels = framework.await(AmazonChannels.class, Session.SERVICE_TIMEOUT);
                ImportCommand.OnChannel.channel(channels, name);
                ConnectionTest result = channels.testConnection(name);
                PrintStream out = result.ok() ? System.out : System.err;
                out.println(result.message());
                result.details().forEach(d -> out.println("  " + d));
                return result.ok() ? 0 : 1;
            }
        }
    }

    /** "Germany, France; seller A2SELLER; region EU" (or the endpoint where it is not Amazon's). */
    static String describe(AmazonChannel c) {
        String where = null;
        for (AmazonRegion r : AmazonRegion.values()) {
            if (r.endpoint().equals(c.endpoint()) && r.tokenUrl().equals(c.tokenUrl())) {
                where = "region " + r.name();
            }
        }
        return String.join(", ", c.marketplaceIds().stream().map(id -> AmazonMarketplaces.NAMES.getOrDefault(id, id))
                .toList()) + "; seller " + c.sellerId() + "; " + (where != null ? where : "endpoint " + c.endpoint());
    }
}
