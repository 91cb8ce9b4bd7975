package org.catura.sandbox.carrier;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A fulfilment partner on 127.0.0.1 for the demo and the tests: it takes the product's
 * transmissions by SFTP (its own server, password login), by HTTP POST or in a local inbox
 * folder, reads the shipments (reference, order, SKUs, quantities, weight), and after a delay
 * answers tracking numbers in the product's confirmation formats: a CSV file in its return folder
 * (which the product polls by SFTP or as a local folder) or the JSON by HTTP callback with the
 * Bearer secret. Faults are drawn per shipment from the seed; every transmission received and
 * every answer sent is kept for tests. Mail in and out is not simulated.
 *
 * <pre>
 * try (FulfilmentPartnerSimulator partner = FulfilmentPartnerSimulator.start(FulfilmentPartnerSettings.defaults())) {
 *     // CAT_Carrier: TransmissionChannel SFTP, host 127.0.0.1, port partner.sftpPort(), path "inbound",
 *     // host key partner.hostKeyFingerprint(); ReturnChannel SFTP, ReturnPath "return", same login
 * }
 * </pre>
 */
public final class FulfilmentPartnerSimulator implements AutoCloseable {

    /** The inbound folder under the SFTP root, the product's TransmissionPath. */
    public static final String INBOUND = "inbound";
    /** The return folder under the SFTP root, the product's ReturnPath. */
    public static final String RETURN = "return";
    /** The HTTP endpoint's path; {@code /inbound/<file name>} is taken too. */
    public static final String HTTP_PATH = "/inbound";

    private final FulfilmentPartnerSettings settings;
    private final Clock clock;
    private final List<ReceivedTransmission> received = new CopyOnWriteArrayList<>();
    private final List<PartnerAnswer> answers = new CopyOnWriteArrayList<>();
    private final Set<String> idempotencyKeys = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> fileNumbers = new ConcurrentHashMap<>();
    private final Map<Path, String> lastSeen = new HashMap<>(); // scanner thread only
    private final Object idle = new Object();
    private int unanswered; // guarded by idle
    private int pending; // guarded by idle: scheduled tasks not yet done
    private final HttpClient callbacks = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Path workDir;
    private boolean temporary;
    private SshServer sftp;
    private String fingerprint;
    private HttpServer http;
    private ExecutorService httpWorkers;
    private ScheduledExecutorService scheduler;

    public FulfilmentPartnerSimulator(FulfilmentPartnerSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public FulfilmentPartnerSimulator(FulfilmentPartnerSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A started simulator. */
    public static FulfilmentPartnerSimulator start(FulfilmentPartnerSettings settings) throws IOException {
        return new FulfilmentPartnerSimulator(settings).start();
    }

    /** Creates the folders, binds the SFTP and HTTP servers (loopback only) and starts watching the inbox. */
    public synchronized FulfilmentPartnerSimulator start() throws IOException {
        if (scheduler != null) {
            return this;
        }
        try {
            temporary = settings.workDir() == null;
            workDir = temporary ? Files.createTempDirectory("catura-partner-") : settings.workDir();
            Files.createDirectories(inboundFolder());
            Files.createDirectories(returnFolder());
            scheduler = Executors.newScheduledThreadPool(2, daemon("partner-simulator"));
            startSftp();
            startHttp();
            long every = settings.pollInterval().toMillis();
            scheduler.scheduleWithFixedDelay(this::scanInbox, every, every, TimeUnit.MILLISECONDS);
            return this;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startSftp() throws IOException {
        // the host key beside the SFTP root, not in it: nobody downloads it
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(workDir.resolve("hostkey.ser"));
        sftp = SshServer.setUpDefaultServer();
        sftp.setHost("127.0.0.1");
        sftp.setPort(settings.sftpPort());
        sftp.setKeyPairProvider(keys);
        sftp.setPasswordAuthenticator((user, password, session) -> same(settings.user(), user)
                && same(settings.password(), password));
        sftp.setPublickeyAuthenticator(null);
        sftp.setKeyboardInteractiveAuthenticator(null);
        sftp.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sftp.setFileSystemFactory(new VirtualFileSystemFactory(sftpRoot()));
        sftp.start();
        KeyPair pair = keys.loadKeys(null).iterator().next();
        fingerprint = KeyUtils.getFingerPrint(BuiltinDigests.sha256, pair.getPublic());
    }

    private void startHttp() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.httpPort()), 64);
        http.createContext(HTTP_PATH, new PartnerHttpHandler(settings, this::receive));
        httpWorkers = Executors.newFixedThreadPool(4, daemon("partner-simulator-http"));
        http.setExecutor(httpWorkers);
        http.start();
    }

    // ---- what the product configures

    public FulfilmentPartnerSettings settings() {
        return settings;
    }

    public int sftpPort() {
        return running(sftp).getPort();
    }

    /** The SFTP host key as CAT_Carrier.TransmissionHostKey and ReturnHostKey take it: {@code SHA256:…}. */
    public String hostKeyFingerprint() {
        running(sftp);
        return fingerprint;
    }

    public String sftpUser() {
        return settings.user();
    }

    public String sftpPassword() {
        return settings.password();
    }

    /** The token the HTTP endpoint takes as {@code Authorization: Bearer …}. */
    public String httpToken() {
        return settings.bearerToken();
    }

    /**
     * The HTTP endpoint for CAT_Carrier.TransmissionPath, with the product's file name placeholder:
     * {@code http://127.0.0.1:34567/inbound/{name}}.
     */
    public String httpUrl() {
        return "http://127.0.0.1:" + running(http).getAddress().getPort() + HTTP_PATH + "/{name}";
    }

    /** The folder the SFTP server serves (its {@code /}). */
    public Path sftpRoot() {
        return running(workDir).resolve("sftp");
    }

    /** Where transmissions arrive: {@code /inbound} over SFTP, or this local path for TransmissionChannel FOLDER. */
    public Path inboundFolder() {
        return sftpRoot().resolve(INBOUND);
    }

    /** Where file answers go: {@code /return} over SFTP, or this local path for ReturnChannel FOLDER. */
    public Path returnFolder() {
        return sftpRoot().resolve(RETURN);
    }

    // ---- what tests and the demo inspect

    /** Every transmission received, readable or rejected, oldest first. */
    public List<ReceivedTransmission> received() {
        return List.copyOf(received);
    }

    /** Every answer sent (each callback attempt on its own), oldest first. */
    public List<PartnerAnswer> answers() {
        return List.copyOf(answers);
    }

    /** Shipments received and not confirmed yet (a late one counts until its confirmation went out). */
    public int unanswered() {
        synchronized (idle) {
            return unanswered;
        }
    }

    /**
     * Waits until nothing is left to do: the inbox empty, every shipment confirmed, every duplicate,
     * update and callback retry sent. False when {@code timeout} passed first (a late answer
     * waits for its {@code lateDelay}).
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            synchronized (idle) {
                if (pending == 0 && unanswered == 0 && inboxEmpty()) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                // the inbox is only looked at every poll interval: wake up then at the latest
                long wait = Math.min(TimeUnit.NANOSECONDS.toMillis(left), settings.pollInterval().toMillis());
                idle.wait(Math.max(1, wait));
            }
        }
    }

    // ---- receiving

    /** Takes one transmission, as the inbox scanner and the HTTP endpoint hand it over; answers are scheduled. */
    ReceivedTransmission receive(PartnerInbound via, String name, String idempotencyKey, String contentType,
            byte[] content) {
        Instant now = clock.instant();
        String text = new String(content, StandardCharsets.UTF_8);
        if (idempotencyKey != null && !idempotencyKeys.add(idempotencyKey)) {
            ReceivedTransmission again = new ReceivedTransmission(now, via, name, idempotencyKey, text, List.of(),
                    null);
            received.add(again);
            return again; // a resend of a POST already taken: answered once, not again
        }
        List<PartnerShipment> shipments;
        try {
            shipments = TransmissionReader.read(name, contentType, content);
        } catch (UnreadableTransmissionException e) {
            ReceivedTransmission rejected = new ReceivedTransmission(now, via, name, idempotencyKey, text, List.of(),
                    e.getMessage());
            received.add(rejected);
            return rejected;
        }
        ReceivedTransmission taken = new ReceivedTransmission(now, via, name, idempotencyKey, text, shipments, null);
        received.add(taken);
        Instant shippedAt = now.truncatedTo(ChronoUnit.SECONDS);
        for (PartnerShipment s : shipments) {
            plan(ShipmentPlan.of(settings, s), shippedAt);
        }
        return taken;
    }

    private void plan(ShipmentPlan plan, Instant shippedAt) {
        synchronized (idle) {
            unanswered++;
        }
        boolean json = settings.answerBy() == PartnerReturn.HTTP_CALLBACK;
        PartnerShipment s = plan.shipment();
        boolean malformed = plan.faults().contains(PartnerFault.MALFORMED);
        String first = json ? (malformed ? ConfirmationWriter.garbledJson(s, shippedAt, plan.parcels())
                : ConfirmationWriter.json(s, shippedAt, plan.parcels()))
                : (malformed ? ConfirmationWriter.garbledCsv(s, shippedAt, plan.parcels())
                        : ConfirmationWriter.csv(s, shippedAt, plan.parcels()));
        Set<PartnerFault> firstFaults = EnumSet.noneOf(PartnerFault.class);
        for (PartnerFault f : List.of(PartnerFault.LATE, PartnerFault.MALFORMED)) {
            if (plan.faults().contains(f)) {
                firstFaults.add(f);
            }
        }
        List<Outgoing> chain = new ArrayList<>();
        chain.add(new Outgoing(s.reference(), PartnerAnswer.Kind.CONFIRMATION, firstFaults, first, true,
                Duration.ZERO));
        if (plan.faults().contains(PartnerFault.DUPLICATE)) {
            chain.add(new Outgoing(s.reference(), PartnerAnswer.Kind.DUPLICATE, Set.of(PartnerFault.DUPLICATE), first,
                    false, Duration.ZERO));
        }
        if (plan.replacement() != null) {
            // after the confirmation went out (a retried callback included): an update of an unknown number is refused
            List<ShipmentPlan.Parcel> update = List.of(plan.replacement());
            String body = json ? ConfirmationWriter.json(s, shippedAt, update)
                    : ConfirmationWriter.csv(s, shippedAt, update);
            chain.add(new Outgoing(s.reference(), PartnerAnswer.Kind.UPDATE, Set.of(PartnerFault.UPDATED), body,
                    false, settings.updateDelay()));
        }
        Duration delay = plan.faults().contains(PartnerFault.LATE) ? settings.lateDelay() : settings.answerDelay();
        schedule(() -> deliver(chain, 0, 1), delay);
    }

    /** One answer to send; {@code after}: the wait after the one before it in its chain. */
    private record Outgoing(String reference, PartnerAnswer.Kind kind, Set<PartnerFault> faults, String content,
            boolean first, Duration after) {
    }

    // ---- answering

    /** Sends {@code chain[index]}, then the rest in order; a callback answered 5xx is tried again later. */
    private void deliver(List<Outgoing> chain, int index, int attempt) {
        Outgoing o = chain.get(index);
        boolean done;
        if (settings.answerBy() == PartnerReturn.HTTP_CALLBACK) {
            done = callback(o, attempt);
        } else {
            try {
                writeFile(o);
            } catch (UncheckedIOException e) {
                // the folder went away (closing): the answer is lost, as a real partner's would be
            }
            done = true;
        }
        if (!done && attempt < settings.callbackAttempts()) {
            schedule(() -> deliver(chain, index, attempt + 1), settings.callbackRetryDelay());
            return;
        }
        if (o.first()) {
            synchronized (idle) {
                unanswered--;
                idle.notifyAll();
            }
        }
        if (index + 1 < chain.size()) {
            Duration after = chain.get(index + 1).after();
            if (after.isZero()) {
                deliver(chain, index + 1, 1);
            } else {
                schedule(() -> deliver(chain, index + 1, 1), after);
            }
        }
    }

    /** True when the product took it or refused it for good (4xx); false for a 5xx or no connection. */
    private boolean callback(Outgoing o, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(settings.callbackUrl()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + settings.callbackSecret())
                .POST(HttpRequest.BodyPublishers.ofString(o.content(), StandardCharsets.UTF_8)).build();
        int status;
        try {
            status = callbacks.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
        answers.add(new PartnerAnswer(clock.instant(), o.reference(), o.kind(), o.faults(),
                PartnerReturn.HTTP_CALLBACK, settings.callbackUrl().toString(), o.content(), status, attempt));
        return status != 0 && status < 500;
    }

    /** Written under a dot name and renamed, so the product's poller never takes half a file. */
    private void writeFile(Outgoing o) {
        AtomicInteger numbers = fileNumbers.computeIfAbsent(o.reference(), r -> new AtomicInteger());
        String name;
        Path target;
        do { // a work folder of one's own may hold answers of an earlier run, taken or not
            name = o.reference() + "-confirmation-" + numbers.incrementAndGet() + ".csv";
            target = returnFolder().resolve(name);
        } while (Files.exists(target) || Files.exists(returnFolder().resolve("done").resolve(name)));
        Path part = returnFolder().resolve("." + name + ".part");
        try {
            Files.writeString(part, o.content(), StandardCharsets.UTF_8);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The confirmation " + name + " cannot be written to " + returnFolder(), e);
        }
        answers.add(new PartnerAnswer(clock.instant(), o.reference(), o.kind(), o.faults(), settings.answerBy(),
                target.toString(), o.content(), null, 1));
    }

    private void schedule(Runnable task, Duration delay) {
        synchronized (idle) {
            pending++;
        }
        try {
            scheduler.schedule(() -> {
                try {
                    task.run();
                } finally {
                    synchronized (idle) {
                        pending--;
                        idle.notifyAll();
                    }
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            synchronized (idle) {
                pending--;
            }
            throw e;
        }
    }

    // ---- the inbox: files written by SFTP or locally

    /**
     * Takes each regular file of the inbox whose size and time have stood still for one poll
     * interval (the product's upload writes a dot file and renames it: dot files are left alone),
     * then moves it to {@code done/}, or to {@code error/} with a {@code .reason.txt} when unreadable.
     */
    private void scanInbox() {
        try {
            Map<Path, String> now = new HashMap<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(inboundFolder())) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class,
                            java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    if (name.startsWith(".") || !a.isRegularFile()) {
                        continue;
                    }
                    String stamp = a.size() + "@" + a.lastModifiedTime().toMillis();
                    if (stamp.equals(lastSeen.get(file))) {
                        take(file, name);
                    } else {
                        now.put(file, stamp);
                    }
                }
            }
            lastSeen.clear();
            lastSeen.putAll(now);
        } catch (IOException | RuntimeException e) {
            // the next scan tries again; a simulator has no log of its own
        } finally {
            synchronized (idle) {
                idle.notifyAll();
            }
        }
    }

    private void take(Path file, String name) throws IOException {
        byte[] content = Files.readAllBytes(file);
        ReceivedTransmission t = receive(PartnerInbound.INBOX, name, null, null, content);
        Path folder = Files.createDirectories(inboundFolder().resolve(t.rejected() ? "error" : "done"));
        Path target = free(folder, name);
        Files.move(file, target);
        if (t.rejected()) {
            Files.writeString(folder.resolve(target.getFileName() + ".reason.txt"), t.rejectedReason() + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    private static Path free(Path folder, String name) {
        Path p = folder.resolve(name);
        for (int i = 1; Files.exists(p); i++) {
            p = folder.resolve(name + "." + i);
        }
        return p;
    }

    private boolean inboxEmpty() {
        if (workDir == null) {
            return true;
        }
        try (Stream<Path> files = Files.list(inboundFolder())) {
            return files.noneMatch(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && !f.getFileName().toString().startsWith("."));
        } catch (IOException e) {
            return true;
        }
    }

    // ---- stopping

    /** Stops the servers and the scheduled answers; a temporary work folder is deleted. */
    @Override
    public synchronized void close() {
        if (http != null) {
            http.stop(0);
            httpWorkers.shutdownNow();
            http = null;
        }
        if (sftp != null) {
            try {
                sftp.stop(true);
            } catch (IOException e) {
                // stopping anyway
            }
            sftp = null;
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        synchronized (idle) {
            pending = 0;
            idle.notifyAll();
        }
        if (temporary && workDir != null) {
            delete(workDir);
        }
        workDir = null;
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T running(T part) {
        if (part == null) {
            throw new IllegalStateException("The fulfilment partner simulator is not started");
        }
        return part;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
